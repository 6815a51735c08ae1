package dev.tiqu.cli.run;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The {@code doc} of an input file: its path relative to the input root it came from, with
 * {@code /} between folders, so that {@code 2024/01/page1.txt} and {@code 2024/02/page1.txt}
 * stay two docs.
 *
 * <p>Contract: a file given as an argument is its file name; a file found in a folder argument is
 * its path relative to that folder; when several arguments are given, each folder's own name
 * comes first ({@code tiqu extract 2024/01 2024/02} gives {@code 01/page1.txt} and
 * {@code 02/page1.txt}). Name bytes that are not valid UTF-8 (a GBK name on a UTF-8 system) are
 * written as {@code \xNN}, one per byte, so the exact bytes can be recovered; valid names are
 * kept as they are. Example: the GBK name of {@code 报告.txt} gives {@code \xB1\xA8\xB8\xE6.txt}.
 */
public final class DocNames {

    private DocNames() {
    }

    /** The doc of {@code file}, found under the argument {@code root}. */
    public static String of(Path root, Path file, boolean severalRoots) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        Path base = r.equals(f) || severalRoots ? r.getParent() : r;
        if (base == null || !f.startsWith(base) || base.equals(f)) {
            return f.getFileName() == null ? f.toString() : escaped(f.getParent(), f);
        }
        String plain = base.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
        return plain.indexOf('\uFFFD') < 0 ? plain : escaped(base, f);
    }

    /** The path of {@code file} below {@code base}, from its raw bytes. */
    private static String escaped(Path base, Path file) {
        if (base == null) {
            return file.toString();
        }
        String b = base.toUri().getRawPath();
        String f = file.toUri().getRawPath();
        if (!b.endsWith("/")) {
            b += "/";
        }
        String rel = f.startsWith(b) ? f.substring(b.length()) : f;
        if (rel.endsWith("/")) {
            rel = rel.substring(0, rel.length() - 1);
        }
        return decodeEscaping(percentDecode(rel));
    }

    private static byte[] percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] ascii = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < ascii.length; i++) {
            if (ascii[i] == '%' && i + 2 < ascii.length) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(ascii[i]);
            }
        }
        return out.toByteArray();
    }

    /** UTF-8 decoding in which every byte of a malformed sequence becomes {@code \xNN}. */
    static String decodeEscaping(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 4 + 4);
        StringBuilder b = new StringBuilder();
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            out.flip();
            b.append(out);
            out.clear();
            if (r.isUnderflow()) {
                decoder.flush(out);
                out.flip();
                return b.append(out).toString();
            }
            for (int i = 0; i < r.length(); i++) {
                b.append(String.format("\\x%02X", in.get() & 0xFF));
            }
        }
    }
}
