package dev.tiqu.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theLineSaysFilesOfTotalRateAndTimeLeft() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), false, 1500, 3_000_000);
        for (int i = 0; i < 300; i++) {
            p.done(2000, 700);
        }
        long t0 = System.nanoTime();
        String line = p.line(t0 + 1_000_000_000L);
        assertTrue(line.matches("tiqu: 300/1500 files · \\d+ k chars/s · \\d+:\\d\\d left"), line);
    }

    @Test
    void noTimeLeftOnceEverythingIsRead() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), true, 2, 100);
        p.done(60, 50);
        p.done(40, 30);
        assertTrue(p.line(System.nanoTime()).startsWith("tiqu: 2/2 files · "));
        assertTrue(!p.line(System.nanoTime()).contains("left"));
    }

    @Test
    void onATerminalTheLineIsRewrittenInPlaceAndClearedAtTheEnd() throws InterruptedException {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), true, 3, 300);
        p.done(100, 90);
        Thread.sleep(600);
        p.done(100, 90);
        p.finish();
        String s = err.toString();
        assertTrue(s.startsWith("\rtiqu: 2/3 files"), s);
        assertTrue(s.endsWith("\r"), "the line is cleared");
        assertEquals(-1, s.indexOf('\n'), "no new lines on a terminal");
    }
}
