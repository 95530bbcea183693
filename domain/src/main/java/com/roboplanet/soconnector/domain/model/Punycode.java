package com.roboplanet.soconnector.domain.model;

import java.util.Arrays;

/**
 * Punycode, RFC 3492 (the encoding inside {@code xn--} labels), with the parameters of RFC 3492 section 5. The JDK
 * has it only behind {@link java.net.IDN}, which applies IDNA 2003 mapping first and so cannot encode a label with
 * {@code ß} (it turns it into {@code ss}); {@link DomainName} needs the bare algorithm for those labels.
 */
final class Punycode {
    private static final int BASE = 36;
    private static final int TMIN = 1;
    private static final int TMAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;
    private static final char DELIMITER = '-';

    private Punycode() {}

    /**
     * @param label code points of one label, without {@code xn--}
     * @return the Punycode string (RFC 3492 section 6.3), without {@code xn--}
     * @throws IllegalArgumentException when the label is too long to encode (overflow)
     */
    static String encode(String label) {
        try {
            return encodeCodePoints(label.codePoints().toArray());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too long to encode as Punycode", e);
        }
    }

    private static String encodeCodePoints(int[] input) {
        StringBuilder output = new StringBuilder();
        for (int c : input) {
            if (c < 0x80) {
                output.append((char) c);
            }
        }
        int basic = output.length();
        int handled = basic;
        if (basic > 0) {
            output.append(DELIMITER);
        }
        int n = INITIAL_N;
        int delta = 0;
        int bias = INITIAL_BIAS;
        while (handled < input.length) {
            int m = Integer.MAX_VALUE;
            for (int c : input) {
                if (c >= n && c < m) {
                    m = c;
                }
            }
            delta = Math.addExact(delta, Math.multiplyExact(m - n, handled + 1));
            n = m;
            for (int c : input) {
                if (c < n) {
                    delta = Math.addExact(delta, 1);
                }
                if (c == n) {
                    int q = delta;
                    for (int k = BASE; ; k += BASE) {
                        int t = threshold(k, bias);
                        if (q < t) {
                            break;
                        }
                        output.append(digit(t + (q - t) % (BASE - t)));
                        q = (q - t) / (BASE - t);
                    }
                    output.append(digit(q));
                    bias = adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }
            delta++;
            n++;
        }
        return output.toString();
    }

    /**
     * @param encoded a Punycode string without {@code xn--}, letters in either case
     * @return the decoded label (RFC 3492 section 6.2)
     * @throws IllegalArgumentException when it is not valid Punycode
     */
    static String decode(String encoded) {
        try {
            return decodeChecked(encoded);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not Punycode: a number in it overflows", e);
        }
    }

    private static String decodeChecked(String encoded) {
        StringBuilder output = new StringBuilder();
        int delimiter = encoded.lastIndexOf(DELIMITER);
        int in = 0;
        if (delimiter >= 0) {
            for (int j = 0; j < delimiter; j++) {
                char c = encoded.charAt(j);
                if (c >= 0x80) {
                    throw new IllegalArgumentException("not Punycode: a non-ASCII character before the last hyphen");
                }
                output.append(c);
            }
            in = delimiter + 1;
        }
        int[] out = output.codePoints().toArray();
        int length = out.length;
        int n = INITIAL_N;
        int i = 0;
        int bias = INITIAL_BIAS;
        while (in < encoded.length()) {
            int oldI = i;
            int w = 1;
            for (int k = BASE; ; k += BASE) {
                if (in >= encoded.length()) {
                    throw new IllegalArgumentException("not Punycode: it ends in the middle of a number");
                }
                int digit = value(encoded.charAt(in++));
                i = Math.addExact(i, Math.multiplyExact(digit, w));
                int t = threshold(k, bias);
                if (digit < t) {
                    break;
                }
                w = Math.multiplyExact(w, BASE - t);
            }
            bias = adapt(i - oldI, length + 1, oldI == 0);
            n = Math.addExact(n, i / (length + 1));
            i %= length + 1;
            if (n < 0x80 || n > Character.MAX_CODE_POINT || (n >= 0xD800 && n <= 0xDFFF)) {
                throw new IllegalArgumentException("not Punycode: it decodes to an invalid character");
            }
            if (length == out.length) {
                out = Arrays.copyOf(out, length * 2 + 1);
            }
            System.arraycopy(out, i, out, i + 1, length - i);
            out[i++] = n;
            length++;
        }
        return new String(out, 0, length);
    }

    private static int threshold(int k, int bias) {
        return k <= bias ? TMIN : Math.min(k - bias, TMAX);
    }

    private static int adapt(int delta, int points, boolean first) {
        delta = first ? delta / DAMP : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((BASE - TMIN) * TMAX) / 2) {
            delta /= BASE - TMIN;
            k += BASE;
        }
        return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
    }

    private static char digit(int d) {
        return (char) (d < 26 ? 'a' + d : '0' + d - 26);
    }

    private static int value(char c) {
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= '0' && c <= '9') return c - '0' + 26;
        throw new IllegalArgumentException("not Punycode: \"" + c + "\" is no Punycode digit");
    }
}
