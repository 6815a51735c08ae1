package dev.tiqu.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecoderTest {

    private static final String SIMPLIFIED = "株洲日报讯（全媒体记者/徐滔）11月22日，城市低保标准提高到不低于700元/月。";
    private static final String TRADITIONAL = "台北市政府今日宣布，補助金額為每月5000元，受惠家庭約三萬戶。";

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "GBK", "GB2312"})
    void detectsSimplifiedChineseEncodings(String name) throws Exception {
        byte[] bytes = SIMPLIFIED.getBytes(Charset.forName(name));
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertEquals(SIMPLIFIED, d.text());
        assertEquals(name.equals("UTF-8") ? "UTF-8" : "GB18030", d.charset().name());
    }

    @Test
    void detectsBig5() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertEquals(TRADITIONAL, d.text());
        assertEquals("Big5", d.charset().name());
    }

    @Test
    void honoursByteOrderMarks() throws Exception {
        byte[] utf8 = ("\uFEFF" + SIMPLIFIED).getBytes(StandardCharsets.UTF_8);
        assertEquals(SIMPLIFIED, TextDecoder.decode(utf8).text());
        byte[] le = ("\uFEFF" + SIMPLIFIED).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(SIMPLIFIED, TextDecoder.decode(le).text());
        assertEquals("UTF-16LE", TextDecoder.decode(le).charset().name());
        byte[] be = ("\uFEFF" + SIMPLIFIED).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(SIMPLIFIED, TextDecoder.decode(be).text());
    }

    @Test
    void refusesBinaryFilesWithTheirKind() {
        var e = assertThrows(TextDecoder.UndecodableException.class,
                () -> TextDecoder.decode("%PDF-1.4 binary".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(e.getMessage().contains("PDF"));
        assertThrows(TextDecoder.UndecodableException.class, () -> TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 0}));
        assertThrows(TextDecoder.UndecodableException.class, () -> TextDecoder.decode(new byte[200]));
        assertThrows(TextDecoder.UndecodableException.class,
                () -> TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x81, (byte) 0xFF, (byte) 0xFF}));
    }

    @Test
    void aForcedEncodingIsStrict() throws Exception {
        byte[] gbk = SIMPLIFIED.getBytes(Charset.forName("GBK"));
        assertEquals(SIMPLIFIED, TextDecoder.decode(gbk, Charset.forName("GBK")).text());
        assertThrows(TextDecoder.UndecodableException.class, () -> TextDecoder.decode(gbk, StandardCharsets.UTF_8));
    }
}
