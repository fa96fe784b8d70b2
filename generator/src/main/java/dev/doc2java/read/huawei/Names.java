package dev.doc2java.read.huawei;

import java.util.Locale;
import java.util.Set;

/** Shape and operation names chosen from page words: PascalCase, ASCII letters and digits only. */
final class Names {

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "for", "to", "in", "on", "by",
            "with", "and", "or");

    private Names() {
    }

    /** {@code port_ranges} -> {@code PortRanges}; {@code Adding a Listener} -> {@code AddingListener}; "" when nothing is left. */
    static String pascal(String words) {
        StringBuilder out = new StringBuilder();
        String[] parts = words.split("[^A-Za-z0-9]+");
        for (String part : parts) {
            if (part.isEmpty() || (SMALL_WORDS.contains(part.toLowerCase(Locale.ROOT)) && parts.length > 2)) {
                continue;
            }
            if (part.chars().allMatch(Character::isUpperCase) && part.length() > 1 && out.length() == 0 && parts.length > 1) {
                out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
            } else {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        String s = out.toString();
        if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
            s = "N" + s;
        }
        return s;
    }

    /** Stems that lost a final {@code e} to {@code -ing} ({@code Creat}, {@code Delet}, {@code Remov}, {@code Configur}). */
    private static final java.util.regex.Pattern SILENT_E = java.util.regex.Pattern.compile(
            "(?i).*(?:(?:[^aeo]|re)at|let|ov|av|[^aeiou]ur|[bcdfgkptz]l|[aou]ng|iz|yz|ac|rc|iv|ut|id|os|ag|ir|[^e]ar|ud)");

    /**
     * A title as a verb phrase: a leading gerund becomes its base verb ({@code Adding a Listener} ->
     * {@code Add a Listener}, {@code Querying Rules} -> {@code Query Rules}); other titles unchanged.
     */
    static String verbPhrase(String title) {
        String t = title.strip();
        // an optional "Batch", then one gerund or two joined by "or"/"and": "Batch Adding or Deleting Tags"
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "^((?i:batch)\\s+)?([A-Za-z]{3,}ing)\\b(?:(\\s+(?:or|and)\\s+)([A-Za-z]{3,}ing)\\b)?").matcher(t);
        if (!m.find()) {
            return t;
        }
        StringBuilder out = new StringBuilder();
        if (m.group(1) != null) {
            out.append(m.group(1));
        }
        out.append(baseVerb(m.group(2)));
        if (m.group(4) != null) {
            out.append(m.group(3)).append(baseVerb(m.group(4)));
        }
        return out + t.substring(m.end());
    }

    private static String baseVerb(String gerund) {
        String stem = gerund.substring(0, gerund.length() - 3);
        char last = stem.charAt(stem.length() - 1);
        if (stem.length() >= 3 && last == stem.charAt(stem.length() - 2) && "bdgmnprt".indexOf(last) >= 0
                && !stem.toLowerCase(Locale.ROOT).endsWith("dd")) {
            return stem.substring(0, stem.length() - 1); // Getting -> Get, Stopping -> Stop; Adding -> Add
        }
        if (SILENT_E.matcher(stem).matches()) {
            return stem + "e"; // Creating -> Create, Deleting -> Delete, Removing -> Remove
        }
        return stem;
    }

    private static final java.util.regex.Pattern ROLE_PREFIX = java.util.regex.Pattern.compile(
            "^(?:Batch)?(?:Create|Update|Add|Delete|Remove|Show|List|Get|Set|Modify|Query|Put|Post|Patch)(?=[A-Z])");
    private static final java.util.regex.Pattern ROLE_SUFFIX = java.util.regex.Pattern.compile(
            "(?<=[a-z0-9])(?:Options?|RequestBody|ResponseBody|Request|Response|Body)$");

    /** A type name without its operation role: {@code CreateListenerIpGroupOption} -> {@code ListenerIpGroup}. */
    static String neutral(String typeName) {
        String s = ROLE_SUFFIX.matcher(typeName).replaceFirst("");
        String t = ROLE_PREFIX.matcher(s).replaceFirst("");
        return t.isEmpty() ? (s.isEmpty() ? typeName : s) : t;
    }

    /** Whether the string is already a Java-friendly type name ({@code CreateListenerOption}). */
    static boolean isTypeName(String s) {
        return s.matches("[A-Z][A-Za-z0-9]*");
    }

    /** Whether a string is mostly ASCII words (an English title rather than a Chinese one). */
    static boolean isLatin(String s) {
        long letters = s.chars().filter(Character::isLetter).count();
        long ascii = s.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
        return letters > 0 && ascii * 10 >= letters * 9;
    }
}
