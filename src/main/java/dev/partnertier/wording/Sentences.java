package dev.partnertier.wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.quarkus.qute.Template;

import dev.partnertier.engine.NearestNames;

/**
 * The sentences of one language: each key's template, ready to render with its names. A key this language lacks is
 * taken from English; a key no language has is written as {@code [key]}, and both are remembered for
 * {@code GET /rules} and the tests. Thread-safe.
 */
public final class Sentences {

    private final String language;
    private final Map<String, Template> templates;
    private final Map<String, String> plain;
    private final Sentences fallback;
    private final Set<String> missing = ConcurrentHashMap.newKeySet();
    /** Codes asked for by {@link #askName} that the wording names written otherwise: {@code workload.contoso_mail} to {@code CONTOSO_MAIL}. */
    private final Map<String, String> namedOtherwise = new ConcurrentHashMap<>();
    /**
     * The workload and association codes the wording names, by kind and the letters of each code, name and other
     * spelling ({@code workload\0contosomail} to {@code [CONTOSO_MAIL]}); set with {@link #everyLanguage}.
     */
    private Map<String, Set<String>> codesBySpelling = Map.of();
    /** The workload and association codes the wording names, by kind; set with {@link #everyLanguage}. */
    private Map<String, List<String>> namedCodes = Map.of();
    /** Codes asked for by {@link #askName} that are not written as codes are, to the code each would be. */
    private final Map<String, String> notWrittenAsCodes = new ConcurrentHashMap<>();
    /** How codes are written: capital letters and digits, words joined by {@code _}. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(?:_[A-Z0-9]+)*");
    /** Set before the wording is published (its languages are a final field's), never after. */
    private Map<String, List<String>> everyLanguage = Map.of();

    Sentences(String language, Map<String, Template> templates, Map<String, String> plain, Sentences fallback) {
        this.language = language;
        this.templates = Map.copyOf(templates);
        this.plain = Map.copyOf(plain);
        this.fallback = fallback;
    }

    /** The language's tag, e.g. {@code en}, {@code ko}. */
    public String language() {
        return language;
    }

    /** The sentence of this key with these names filled in. */
    public String render(String key, Map<String, Object> names) {
        String text = plain.get(key);
        if (text != null) {
            return text;
        }
        Template template = templates.get(key);
        if (template != null) {
            return template.render(names);
        }
        missing.add(key);
        return fallback != null ? fallback.render(key, names) : "[" + key + "]";
    }

    /** A name from the names part of the wording ({@code workload.<code>}), or the code itself when there is none. */
    public String name(String kind, String code) {
        String key = kind + "." + code;
        String text = plain.get(key);
        if (text != null) {
            return text;
        }
        return fallback != null ? fallback.name(kind, code) : code;
    }

    /**
     * Every name the wording's languages give a code ({@code workload.<code>}), English first, then the other spellings
     * they list for it ({@code workload.<code>.also}, separated by commas: {@link OtherSpellings}); none when the wording
     * names it nowhere. The same whatever this language is.
     */
    public List<String> names(String kind, String code) {
        List<String> names = everyLanguage.getOrDefault(kind + "." + code, List.of());
        List<String> also = everyLanguage.getOrDefault(kind + "." + code + OtherSpellings.SUFFIX, List.of());
        if (also.isEmpty()) {
            return names;
        }
        List<String> all = new ArrayList<>(names);
        also.forEach(spellings -> all.addAll(OtherSpellings.split(spellings)));
        return all;
    }

    /** These words joined as this language writes a list with "and" ({@code list.and}): "A, B and C". */
    public String and(Words words) {
        return words.joined(render(SentenceKeys.LIST_AND, Map.of()));
    }

    /**
     * Records {@code key} as asked for, as {@link #render} does, without writing it: missing here when this language
     * lacks it, and in English when English lacks it too.
     */
    public void ask(String key) {
        if (!has(key)) {
            missing.add(key);
            if (fallback != null) {
                fallback.ask(key);
            }
        }
    }

    /**
     * Notes a code the rules state ({@code kind} {@code workload} or {@code association}, e.g. a workload that counts)
     * that the wording names in no language, while it is most likely another code the wording names: the same by its
     * letters and digits as that code, a name or another spelling of it ({@code workload.CONTOSO_MAIL} for
     * {@code contoso_mail}, or for {@code "Contoso Mail"}), or a letter or two from that code ({@code CONTOSO_MALE}). The
     * code was then most likely retyped in the rules (or a key renamed), and a partner that sends the wording's code
     * would not count. Failing that, a code not written as codes are (capital letters, digits and {@code _}:
     * {@code "Contoso Chat"}) is noted too, with the code it would be. Any other code is a new code, named by itself in
     * answers. One lookup; for the checks new rules pass (warm-up, {@code ./check-rules}) and the analysts' scenario
     * runs ({@link #namedOtherwise()}, {@link #notWrittenAsCodes()}), never for {@code POST /evaluate}.
     */
    public void askName(String kind, String code) {
        if (everyLanguage.containsKey(kind + "." + code)) {
            return;
        }
        Set<String> twins = codesBySpelling.getOrDefault(kind + "\u0000" + OtherSpellings.letters(code), Set.of());
        if (twins.size() == 1 && !twins.contains(code)) {
            namedOtherwise.put(kind + "." + code, twins.iterator().next());
            return;
        }
        List<String> near = twins.isEmpty() ? NearestNames.of(code, namedCodes.getOrDefault(kind, List.of())) : List.of();
        if (near.size() == 1) {
            namedOtherwise.put(kind + "." + code, near.get(0));
        } else if (near.isEmpty() && !CODE.matcher(code).matches()) {
            notWrittenAsCodes.put(kind + "." + code, code.strip().replaceAll("[^\\p{L}\\p{N}]+", "_").toUpperCase(Locale.ROOT));
        }
    }

    /** The codes {@link #askName} found named otherwise since the rules were loaded: {@code workload.contoso_mail} to {@code CONTOSO_MAIL}. */
    public Map<String, String> namedOtherwise() {
        return Map.copyOf(namedOtherwise);
    }

    /** The codes {@link #askName} found not written as codes are, with the code each would be: {@code workload.Contoso Chat} to {@code CONTOSO_CHAT}. */
    public Map<String, String> notWrittenAsCodes() {
        return Map.copyOf(notWrittenAsCodes);
    }

    /** This language's own texts without names to fill in, by key. */
    Map<String, String> plainTexts() {
        return plain;
    }

    /**
     * Called once by {@link Wording} before it is used: the plain texts of every language, by key, English first (an
     * immutable map of immutable lists, shared by the languages).
     */
    void everyLanguage(Map<String, List<String>> texts) {
        everyLanguage = texts;
        codesBySpelling = OtherSpellings.codesBySpelling(texts);
        namedCodes = OtherSpellings.namedCodes(texts);
    }

    /** Keys asked for and not found in this language since the rules were loaded. */
    public Set<String> missing() {
        return Set.copyOf(missing);
    }

    /** True when this language's own file has a sentence for this key (not English behind it). */
    public boolean has(String key) {
        return plain.containsKey(key) || templates.containsKey(key);
    }
}
