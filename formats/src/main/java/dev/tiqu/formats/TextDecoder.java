package dev.tiqu.formats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a text file whose encoding is not declared, as found in Chinese news
 * archives: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, GB18030 (which covers GBK and
 * GB2312) and Big5. Binary files (PDF, ZIP, images, office documents) are recognized and refused.
 *
 * <p>Decoding is strict: bytes that are not valid in the chosen encoding make it fail rather
 * than produce replacement characters, so no mojibake reaches the output. Thread-safe.
 */
public final class TextDecoder {

    /** Decoded text and the encoding it was read with. */
    public record Decoded(String text, Charset charset) {
    }

    /** Why a file could not be decoded. */
    public static final class UndecodableException extends Exception {
        public UndecodableException(String message) {
            super(message);
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    /**
     * Very frequent characters of Chinese news text, simplified and shared forms; a GB18030
     * reading of Big5 bytes (or the reverse) yields few of them.
     */
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
            + "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点"
            + "从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比"
            + "或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式"
            + "活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任"
            + "取据处世市省县区镇村局委府记者讯报项目企业发展服务工作会议经济建设推进全面";
    private static final String COMMON_TRADITIONAL = "們這個來時說會對開國過還發後與產種機當點從業為應頭見計別論運農幾區處據"
            + "經濟設務記報議縣鎮項進實現動學長問題導臺灣補額萬億員歲總統華亞東條號價錢費電話車門間聞廣樂愛義將層屬"
            + "帶師書圖專醫藥藝術邊遠連陳張劉楊黃趙吳鄭謝韓馮鄧蔣葉蘇盧錢宣佈今日北";

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}, detecting the encoding.
     *
     * @throws UndecodableException for binary content or bytes valid in none of the encodings
     */
    public static Decoded decode(byte[] bytes) throws UndecodableException {
        Optional<String> binary = binaryKind(bytes);
        if (binary.isPresent()) {
            throw new UndecodableException("binary file (" + binary.get() + ")");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (nulRatio(bytes) > 0.1) {
            throw new UndecodableException("binary file (many NUL bytes)");
        }
        Optional<String> utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        Optional<String> gb = tryDecode(bytes, 0, GB18030);
        Optional<String> big5 = tryDecode(bytes, 0, BIG5);
        if (gb.isPresent() && (big5.isEmpty() || score(gb.get()) >= score(big5.get()))) {
            return new Decoded(gb.get(), GB18030);
        }
        if (big5.isPresent()) {
            return new Decoded(big5.get(), BIG5);
        }
        throw new UndecodableException("not valid UTF-8, UTF-16, GB18030 or Big5 text");
    }

    /** Decodes {@code bytes} strictly with the given encoding (a leading BOM is dropped). */
    public static Decoded decode(byte[] bytes, Charset charset) throws UndecodableException {
        int skip = charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return strict(bytes, skip, charset);
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset) throws UndecodableException {
        return tryDecode(bytes, offset, charset).map(t -> new Decoded(t, charset))
                .orElseThrow(() -> new UndecodableException("not valid " + charset.name() + " text"));
    }

    private static Optional<String> tryDecode(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer cb = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            String s = cb.toString();
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
                s = s.substring(1);
            }
            return Optional.of(s);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * The share of non-ASCII characters that are common Chinese characters or punctuation: a
     * reading in the wrong encoding yields rare characters, kana and symbols instead.
     */
    private static double score(String s) {
        int wide = 0;
        int common = 0;
        for (int i = 0; i < s.length() && wide < 20_000; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                wide++;
                if (COMMON.indexOf(c) >= 0 || COMMON_TRADITIONAL.indexOf(c) >= 0 || "，。、；：？！“”（）《》".indexOf(c) >= 0) {
                    common++;
                }
            }
        }
        return wide == 0 ? 0 : common / (double) wide;
    }

    /** Recognizes common binary formats by their magic numbers. */
    static Optional<String> binaryKind(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return Optional.of("PDF");
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return Optional.of("ZIP or office document");
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("PNG image");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG image");
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return Optional.of("GIF image");
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return Optional.of("gzip");
        }
        if (startsWith(b, 'R', 'a', 'r', '!') || startsWith(b, '7', 'z', 0xBC, 0xAF)) {
            return Optional.of("archive");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("office document");
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return Optional.of("executable");
        }
        return Optional.empty();
    }

    private static double nulRatio(byte[] b) {
        int n = Math.min(b.length, 64 * 1024);
        if (n == 0) {
            return 0;
        }
        int nul = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                nul++;
            }
        }
        return nul / (double) n;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
