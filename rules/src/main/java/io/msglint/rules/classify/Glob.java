package io.msglint.rules.classify;

/**
 * A name pattern: {@code **} matches any characters ({@code **} and a separator also none),
 * {@code *} any but the separator, {@code ?} one character but the separator. Class names use '.' ({@code com.acme.events.**}), paths '/'
 * ({@code **}{@code /generated/**}). Matching walks the pattern and the name together, keeping the
 * set of pattern positions the name so far can be at: linear in the name for any pattern, where a
 * regular expression made of {@code .*} runs could backtrack without end.
 */
public record Glob(String pattern, char separator) {

    public boolean matches(String name) {
        int m = pattern.length();
        boolean[] at = new boolean[m + 1];
        at[0] = true;
        closeOverStars(at);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean[] next = new boolean[m + 1];
            boolean any = false;
            for (int p = 0; p < m; p++) {
                if (!at[p]) {
                    continue;
                }
                char token = pattern.charAt(p);
                if (token == '*') {
                    if (across(p) || c != separator) {
                        next[p] = true; // the star takes the character and may take more
                        any = true;
                    }
                } else if (token == '?' ? c != separator : token == c) {
                    next[p + 1] = true;
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            closeOverStars(next);
            at = next;
        }
        return at[m];
    }

    /** Whether the star at {@code p} is the first of a {@code **}. */
    private boolean across(int p) {
        return p + 1 < pattern.length() && pattern.charAt(p + 1) == '*';
    }

    /**
     * A star may also match nothing: where the pattern can be at a star, it can be past it; and
     * {@code **} followed by the separator may match no folder at all ({@code **}{@code /src}
     * matches {@code src}).
     */
    private void closeOverStars(boolean[] at) {
        for (int p = 0; p < pattern.length(); p++) {
            if (at[p] && pattern.charAt(p) == '*') {
                int past = across(p) ? p + 2 : p + 1;
                at[past] = true;
                if (across(p) && past < pattern.length() && pattern.charAt(past) == separator) {
                    at[past + 1] = true;
                }
            }
        }
    }
}
