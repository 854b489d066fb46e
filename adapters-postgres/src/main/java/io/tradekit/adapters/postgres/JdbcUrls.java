package io.tradekit.adapters.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one sanitizer of every JDBC URL, setting and message the kit prints: it blanks the user info's password
 * ({@code jdbc:postgresql://user:SECRET@host/db}) and the value of every parameter pgjdbc may read as a secret
 * ({@code password}, {@code sslpassword}, any key containing "password" or "passwd", and the free-form
 * {@code sslfactoryarg} / {@code socketfactoryarg}), whatever the case of the key and whether the key is
 * percent-encoded. Works on whole messages, not only on a bare URL.
 */
public final class JdbcUrls {
    public static final String MASK = "****";

    /** {@code //user:secret@}: everything between the user's colon and the last {@code @} before the host. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s?&]*:)[^\\s/?&]*@");
    /** key=value, the key preceded by a start, '?', '&', ';', a space or a quote; the value up to '&' or a space. */
    private static final Pattern PARAMETER = Pattern.compile("(^|[?&;\\s'\"(,])([A-Za-z0-9%._-]+)(\\s*=\\s*)([^&\\s'\")]*)");

    private JdbcUrls() {
    }

    /** {@code text} (a URL, a setting, an error message) with every password-like value replaced by {@value #MASK}. */
    public static String sanitize(String text) {
        if (text == null) {
            return null;
        }
        String withoutUserInfo = USER_INFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
        Matcher m = PARAMETER.matcher(withoutUserInfo);
        StringBuilder out = new StringBuilder(withoutUserInfo.length());
        while (m.find()) {
            String value = isSecretKey(m.group(2)) && !m.group(4).isEmpty() ? MASK : m.group(4);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + m.group(3) + value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The secrets a URL carries (the user info's password, the values of password-like parameters, raw and
     * percent-decoded), so that a driver message quoting one of them without its key can be blanked too.
     */
    public static List<String> secretsOf(String url) {
        List<String> secrets = new ArrayList<>();
        if (url == null) {
            return secrets;
        }
        Matcher user = Pattern.compile("//[^/:@\\s?&]*:([^\\s/?&]*)@").matcher(url);
        if (user.find() && !user.group(1).isEmpty()) {
            secrets.add(user.group(1));
        }
        Matcher m = PARAMETER.matcher(url);
        while (m.find()) {
            if (isSecretKey(m.group(2)) && !m.group(4).isEmpty()) {
                secrets.add(m.group(4));
            }
        }
        List<String> decoded = secrets.stream().map(JdbcUrls::percentDecode).filter(s -> !secrets.contains(s)).toList();
        secrets.addAll(decoded);
        return secrets;
    }

    /** True for a parameter name pgjdbc may take a secret from (compared decoded and case-blind). */
    static boolean isSecretKey(String key) {
        String name = percentDecode(key).toLowerCase(Locale.ROOT);
        return name.contains("password") || name.contains("passwd") || name.equals("sslfactoryarg")
                || name.equals("socketfactoryarg");
    }

    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()) {
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.append((char) (hi * 16 + lo));
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
