package dev.partnertier.answer;

import static dev.partnertier.wording.ExclusionVariants.TRIAL;
import static dev.partnertier.wording.ExclusionVariants.UNRECOGNISED;
import static dev.partnertier.wording.ExclusionVariants.USERS_ELSEWHERE;
import static dev.partnertier.wording.ExclusionVariants.WRITTEN_OTHERWISE;
import static dev.partnertier.wording.ExclusionVariants.WRONG_LIST;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.partnertier.answer.EvaluationResponse.CloseView;
import dev.partnertier.answer.EvaluationResponse.ExcludedView;
import dev.partnertier.answer.EvaluationResponse.FiredRuleView;
import dev.partnertier.answer.EvaluationResponse.GapView;
import dev.partnertier.answer.EvaluationResponse.LevelView;
import dev.partnertier.answer.EvaluationResponse.MissingView;
import dev.partnertier.answer.EvaluationResponse.QualificationView;
import dev.partnertier.answer.EvaluationResponse.RequirementView;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.model.CloseToQualifying;
import dev.partnertier.model.Customers;
import dev.partnertier.model.Exclusion;
import dev.partnertier.model.ExclusionKind;
import dev.partnertier.model.Gap;
import dev.partnertier.model.Individual;
import dev.partnertier.model.Level;
import dev.partnertier.model.LevelResult;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.PartnerFacts.CustomerGroup;
import dev.partnertier.model.PartnerFacts.Person;
import dev.partnertier.model.PartnerFacts.WorkloadGroup;
import dev.partnertier.model.Qualification;
import dev.partnertier.model.QualifyingRoute;
import dev.partnertier.model.Requirement;
import dev.partnertier.model.RequirementResult;
import dev.partnertier.model.Workloads;
import dev.partnertier.wording.Sentences;
import dev.partnertier.wording.Words;

/**
 * Writes what the rules concluded as an answer, in one language: each conclusion about a group of customers or
 * workloads is listed for every member of the group, and every sentence is the wording's, with the names its key
 * documents (rules/README.md). Nothing here decides anything: what counts, what is missing and why are the facts
 * the rules inserted.
 */
public final class Answers {

    private static final String QUALIFICATION = "qualification.";
    private static final String MISSING = "missing.";

    private static final Comparator<ExcludedItem> EXCLUSION_ORDER = Comparator
            .comparing(ExcludedItem::kind)
            .thenComparing(ExcludedItem::tenantId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ExcludedItem::workload, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ExcludedItem::individualId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ExcludedItem::reason);


    private final PartnerFacts partner;
    private final Evaluation evaluation;
    private final Sentences words;
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, QualifyingRoute> routes = new LinkedHashMap<>();
    /** Every exam and certification some route names, as the rules write them, in the routes' order: made once. */
    private Words named;
    /** Each requirement's sentence, written once: the levels and the explanation both show it. */
    private final Map<RequirementResult, String> requirementSentences = new IdentityHashMap<>();

    private Answers(PartnerFacts partner, Evaluation evaluation, Sentences words) {
        this.partner = partner;
        this.evaluation = evaluation;
        this.words = words;
        partner.people().forEach(p -> people.put(p.fact().id(), p));
        evaluation.routes().forEach(r -> routes.put(r.name(), r));
    }

    /**
     * Asks {@code words} for what the rules name, whether or not this partner has anything it applies to: each route's
     * sentences, who qualifies by it ({@code qualification.<route>}) and what it still asks of someone
     * ({@code missing.<route>}), and a name for each workload and association code that counts ({@link Sentences#askName}).
     * Called by the checks new rules pass before going live (warm-up, scenarios), so that a route added with one of its
     * sentences only, or a code retyped in other letters than the wording's, is refused then, not answered as
     * {@code [key]} or with the wrong code later.
     */
    public static void askWording(Evaluation evaluation, Sentences words) {
        for (QualifyingRoute route : evaluation.routes()) {
            words.ask(QUALIFICATION + route.name());
            words.ask(MISSING + route.name());
        }
        if (evaluation.eligibleWorkloads() != null) {
            evaluation.eligibleWorkloads().workloads().forEach(code -> words.askName("workload", code));
        }
        if (evaluation.countingAssociations() != null) {
            evaluation.countingAssociations().associations().forEach(code -> words.askName("association", code));
        }
    }

    /** The answer for this partner, as the rules evaluated it, in the language of {@code words}. */
    public static EvaluationResponse of(PartnerFacts partner, Evaluation evaluation, Sentences words) {
        return new Answers(partner, evaluation, words).answer();
    }

    private EvaluationResponse answer() {
        return new EvaluationResponse(partner.partner().partnerId(), partner.name(), evaluation.verdict().tier(),
                partner.partner().market(), evaluation.activeEntitlementsTotal(), evaluation.qualifiedIndividualsCount(),
                levels(), gaps(), explanation(), excluded(), qualifications(),
                evaluation.firedRules().stream().map(f -> new FiredRuleView(f.name(), f.file(), f.firings())).toList(),
                evaluation.rulesVersion());
    }

    private List<LevelView> levels() {
        List<LevelView> levels = new ArrayList<>();
        for (LevelResult level : evaluation.levels()) {
            List<RequirementView> requirements = new ArrayList<>();
            for (RequirementResult r : evaluation.requirements()) {
                if (r.level() == level.level()) {
                    requirements.add(new RequirementView(r.requirement(), r.met(), r.actual(), r.required(), requirement(r)));
                }
            }
            levels.add(new LevelView(level.level(), level.met(), List.copyOf(requirements)));
        }
        return List.copyOf(levels);
    }

    private String requirement(RequirementResult r) {
        return requirementSentences.computeIfAbsent(r, this::writeRequirement);
    }

    private String writeRequirement(RequirementResult r) {
        return words.render("requirement." + r.requirement().id() + (r.met() ? ".met" : ".not-met"), Map.of(
                "level", level(r.level()), "actual", r.actual(), "required", r.required(), "scope", scope(r)));
    }

    private String scope(RequirementResult r) {
        return words.render("scope." + (r.market() == null ? "ALL" : r.market().name()), Map.of());
    }

    private String level(Level level) {
        return words.render("level." + level.name(), Map.of());
    }

    private List<GapView> gaps() {
        Map<Level, List<MissingView>> byLevel = new LinkedHashMap<>();
        for (Gap gap : evaluation.gaps()) {
            RequirementResult result = evaluation.requirements().stream()
                    .filter(r -> r.level() == gap.level() && r.requirement() == gap.requirement()).findFirst().orElseThrow();
            String explanation = words.render("gap." + gap.requirement().id(), Map.of("level", level(gap.level()),
                    "amount", gap.amount(), "actual", result.actual(), "required", result.required(), "scope", scope(result)));
            List<CloseView> closest = gap.requirement() == Requirement.EXAMS ? closest() : List.of();
            byLevel.computeIfAbsent(gap.level(), l -> new ArrayList<>())
                    .add(new MissingView(gap.requirement(), gap.amount(), explanation, closest));
        }
        List<GapView> gaps = new ArrayList<>();
        byLevel.forEach((level, missing) -> gaps.add(new GapView(level, List.copyOf(missing))));
        return List.copyOf(gaps);
    }

    private List<CloseView> closest() {
        List<CloseView> closest = new ArrayList<>();
        for (CloseToQualifying close : evaluation.closeToQualifying()) {
            Person person = people.get(close.individualId());
            QualifyingRoute route = routes.get(close.route());
            if (person == null || route == null) {
                continue;
            }
            List<String> lacking = new ArrayList<>(person.fact().missingExams(route));
            lacking.addAll(person.fact().missingCertifications(route));
            closest.add(new CloseView(close.individualId(), close.route(), List.copyOf(lacking),
                    words.render("gap.close", Map.of("person", displayName(person), "missing", missing(person.fact(), route)))));
        }
        return List.copyOf(closest);
    }

    private List<String> explanation() {
        List<String> sentences = new ArrayList<>();
        sentences.add(words.render("verdict." + evaluation.verdict().tier().name(), Map.of()));
        evaluation.requirements().forEach(r -> sentences.add(requirement(r)));
        if (evaluation.activeEntitlements() != null) {
            sentences.add(words.render("count.active-entitlements", Map.of("total", evaluation.activeEntitlements().total(),
                    "workloads", evaluation.activeEntitlements().workloads(), "customers", evaluation.activeEntitlements().customers())));
        }
        if (evaluation.qualifiedIndividuals() != null) {
            sentences.add(words.render("count.qualified-individuals", Map.of("count", evaluation.qualifiedIndividuals().count())));
        }
        return List.copyOf(sentences);
    }

    private List<QualificationView> qualifications() {
        List<QualificationView> qualifications = new ArrayList<>();
        for (Qualification q : evaluation.qualifications()) {
            Person person = people.get(q.individualId());
            QualifyingRoute route = routes.get(q.route());
            Map<String, Object> names = Map.of("person", person == null ? q.individualId() : displayName(person),
                    "exams", new Words(route == null ? List.of() : route.exams()),
                    "certifications", new Words(route == null ? List.of() : route.certifications()));
            qualifications.add(new QualificationView(q.individualId(), q.route(), words.render(QUALIFICATION + q.route(), names)));
        }
        return List.copyOf(qualifications);
    }

    /** One line per excluded customer, workload or individual, sorted; each sentence written as it is read. */
    private Iterable<ExcludedView> excluded() {
        Map<Object, CustomerGroup> customerGroups = new IdentityHashMap<>();
        partner.customers().forEach(g -> customerGroups.put(g.fact(), g));
        Map<Object, WorkloadGroup> workloadGroups = new IdentityHashMap<>();
        partner.workloads().forEach(g -> workloadGroups.put(g.fact(), g));
        List<ExcludedItem> items = new ArrayList<>();
        Set<Object> excludedSubjects = null; // made for the first excluded customer: most answers have none
        for (Exclusion x : evaluation.exclusions()) {
            if (x.subject() instanceof Customers c) {
                CustomerGroup group = customerGroups.get(c);
                if (group != null) {
                    WrittenAs otherwise = writtenOtherwise(x.reason(), c); // once for the group: a large one has thousands
                    if (excludedSubjects == null) {
                        excludedSubjects = Collections.newSetFromMap(new IdentityHashMap<>());
                        for (Exclusion e : evaluation.exclusions()) {
                            excludedSubjects.add(e.subject());
                        }
                    }
                    CustomerUsers users = usersNotCounted(c, excludedSubjects);
                    group.tenantIds().forEach(t -> items.add(new ExcludedItem(ExclusionKind.CUSTOMER, t, null, null, x.reason(),
                            users.notCounted().getOrDefault(t, 0L), null, otherwise, false, users.allOnOwnLines(t))));
                }
            } else if (x.subject() instanceof Workloads w) {
                WorkloadGroup group = workloadGroups.get(w);
                WrittenAs otherwise = group == null ? null : writtenOtherwise(x.reason(), w);
                for (int i = 0; group != null && i < group.size(); i++) {
                    items.add(new ExcludedItem(ExclusionKind.WORKLOAD, group.tenantId(i), w.workload(), null, x.reason(),
                            group.activeUsers(i), null, otherwise, w.trial(), false));
                }
            } else if (x.subject() instanceof Individual person) {
                items.add(new ExcludedItem(ExclusionKind.INDIVIDUAL, null, null, person.id(), x.reason(), null, person, null, false, false));
            }
        }
        items.sort(EXCLUSION_ORDER);
        Words counting = new Words(evaluation.countingAssociations() == null ? List.of()
                : evaluation.countingAssociations().associations().stream().map(a -> words.name("association", a)).toList());
        Words eligible = new Words(evaluation.eligibleWorkloads() == null ? List.of()
                : evaluation.eligibleWorkloads().workloads().stream().map(w -> words.name("workload", w)).toList());
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < items.size();
            }

            @Override
            public ExcludedView next() {
                ExcludedItem item = items.get(next++);
                return new ExcludedView(item.kind(), item.tenantId(), item.workload(), item.individualId(), item.reason(),
                        item.activeUsers(), exclusionSentence(item, counting, eligible));
            }
        };
    }

    /**
     * The active users, by tenant, of these customers' workloads that no rule excluded: what the customers' exclusion
     * alone kept out of the partner's figure (a trial or a workload that does not count is excluded, and said, on its
     * own), and the tenants with workloads on lines of their own. The rules' conclusions decide; nothing is counted
     * here that the rules did not already leave in.
     */
    private CustomerUsers usersNotCounted(Customers customers, Set<Object> excluded) {
        Map<String, Long> users = new HashMap<>();
        Set<String> onOwnLines = new HashSet<>();
        for (WorkloadGroup group : partner.workloads()) {
            if (group.fact().customers() == customers) {
                boolean ownLine = excluded.contains(group.fact());
                for (int i = 0; i < group.size(); i++) {
                    if (ownLine) {
                        onOwnLines.add(group.tenantId(i));
                    } else {
                        users.merge(group.tenantId(i), group.activeUsers(i), Long::sum);
                    }
                }
            }
        }
        return new CustomerUsers(users, onOwnLines);
    }

    /**
     * What an excluded customers' group leaves to say of active users: by tenant, those of workloads on no line of
     * their own (their sum), and the tenants with workloads on lines of their own.
     */
    private record CustomerUsers(Map<String, Long> notCounted, Set<String> workloadsOnOwnLines) {

        /** True when every workload this tenant sent is on a line of its own (and it sent one). */
        boolean allOnOwnLines(String tenant) {
            return !notCounted.containsKey(tenant) && workloadsOnOwnLines.contains(tenant);
        }
    }

    /**
     * The sentence of an exclusion ({@code exclusion.<reason>}). A person who holds exams or certifications that no
     * route names gets {@code exclusion.<reason>.unrecognised} where the wording has it, naming them as given
     * ({@code unrecognised}): most often the right credential written otherwise than the rules write it. A workload,
     * or a customer's association, that is one the rules count written otherwise ({@link WrittenOtherwise}) gets
     * {@code exclusion.<reason>.written-otherwise} where the wording has it, naming it as given ({@code given}) and the
     * code meant ({@code meant}); a trial workload {@code .written-otherwise.trial}, where the wording has it, since
     * the code meant would not make it count. A person who holds an exam or certification the routes name written
     * otherwise in its own list gets {@code exclusion.<reason>.written-otherwise} instead of {@code .unrecognised}. One
     * who sent a route's credential in the other list (an exam among the certifications, or the reverse) gets, after
     * the sentence, {@code exclusion.<reason>.wrong-list} where the wording has it, and the sentence before it names
     * the rest ({@code unrecognised} without those): "not one of those that count", then the same name among those that
     * do, would contradict itself.
     */
    private String exclusionSentence(ExcludedItem item, Words counting, Words eligible) {
        String key = "exclusion." + item.reason();
        // what no route names of a person's exams and certifications, worked out once for all their sentences
        List<String> namedByNoRoute = item.person() == null ? List.of() : item.person().namedByNoRoute(routes.values());
        Map<String, Object> names = names(item, counting, eligible, namedByNoRoute);
        if (item.otherwise() != null) {
            Map<String, Object> more = new HashMap<>(names);
            more.put("given", quoted(item.otherwise().given()));
            more.put("meant", item.otherwise().meant());
            String otherwise = item.trial() && words.has(key + WRITTEN_OTHERWISE + TRIAL) ? key + WRITTEN_OTHERWISE + TRIAL : key + WRITTEN_OTHERWISE;
            return words.render(usersElsewhere(otherwise, item), more);
        }
        if (namedByNoRoute.isEmpty()) {
            return words.render(usersElsewhere(key, item), names);
        }
        Individual person = item.person();
        Set<String> unnamed = new TreeSet<>(namedByNoRoute);
        Set<String> copies = new HashSet<>(); // written otherwise, of what the person holds where it counts: no mistake
        List<WrittenAs> written = words.has(key + WRITTEN_OTHERWISE) ? writtenOtherwise(person, unnamed, copies) : List.of();
        Set<String> left = new TreeSet<>(unnamed);
        left.removeAll(copies);
        written.forEach(w -> left.remove(w.given()));
        List<WrittenAs> misplaced = words.has(key + WRONG_LIST) ? inTheOtherList(person, left, copies) : List.of();
        misplaced.forEach(m -> unnamed.remove(m.given()));
        unnamed.removeAll(copies);
        Map<String, Object> rest = new HashMap<>(names);
        rest.put("unrecognised", new Words(unnamed.stream().map(Answers::quoted).toList()));
        String sentence;
        if (!written.isEmpty()) {
            sentence = credentialsSentence(key + WRITTEN_OTHERWISE, rest, written);
        } else {
            sentence = words.render(!unnamed.isEmpty() && words.has(key + UNRECOGNISED) ? key + UNRECOGNISED : key, rest);
        }
        return misplaced.isEmpty() ? sentence : sentence + " " + credentialsSentence(key + WRONG_LIST, rest, misplaced);
    }

    private static String quoted(String given) {
        return "\"" + given + "\"";
    }

    /**
     * A person's sentence naming these credentials as given ({@code given}, in quotes) and their codes ({@code meant},
     * in the same order, so that each code stands where its spelling does), each joined as list.and joins.
     */
    private String credentialsSentence(String key, Map<String, Object> names, List<WrittenAs> credentials) {
        Map<String, Object> more = new HashMap<>(names);
        more.put("given", words.and(new Words(credentials.stream().map(c -> quoted(c.given())).toList())));
        more.put("meant", words.and(new Words(credentials.stream().map(WrittenAs::meant).toList())));
        return words.render(key, more);
    }

    /** This key, or its {@code .users-elsewhere} variant for a customer whose workloads are all on lines of their own, where the wording has it. */
    private String usersElsewhere(String key, ExcludedItem item) {
        return item.usersElsewhere() && words.has(key + USERS_ELSEWHERE) ? key + USERS_ELSEWHERE : key;
    }

    /**
     * Each of a person's exams, then certifications, among {@code unnamed} (those no route names where they were sent)
     * that is one the routes name written otherwise ({@link WrittenOtherwise}), with the code meant (in order: exams,
     * then certifications, each sorted). An exam is matched to exams and a certification to certifications only, so
     * the code meant counts where it is sent. One whose code the person holds in the same list is put in
     * {@code copies} instead.
     */
    private List<WrittenAs> writtenOtherwise(Individual person, Set<String> unnamed, Set<String> copies) {
        List<WrittenAs> found = new ArrayList<>();
        matched(person.exams(), unnamed, routeExams(), person.exams(), found, copies);
        matched(person.certifications(), unnamed, routeCertifications(), person.certifications(), found, copies);
        return found;
    }

    /**
     * Each of a person's exams among {@code unnamed} that a route names as a certification, then each such
     * certification that a route names as an exam, with the code meant: for each list, those as the rules write them,
     * then those written otherwise, each sorted. One whose code the person also holds in the list where it counts is
     * put in {@code copies} instead.
     */
    private List<WrittenAs> inTheOtherList(Individual person, Set<String> unnamed, Set<String> copies) {
        List<WrittenAs> found = new ArrayList<>();
        Set<String> exams = routeExams();
        Set<String> certifications = routeCertifications();
        for (String exam : new TreeSet<>(person.exams())) {
            if (unnamed.contains(exam) && certifications.contains(exam)) {
                found.add(new WrittenAs(exam, exam));
            }
        }
        matched(person.exams(), unnamed, certifications, person.certifications(), found, copies);
        for (String certification : new TreeSet<>(person.certifications())) {
            if (unnamed.contains(certification) && exams.contains(certification)) {
                found.add(new WrittenAs(certification, certification));
            }
        }
        matched(person.certifications(), unnamed, exams, person.exams(), found, copies);
        return found;
    }

    /**
     * Each of {@code given} among {@code unnamed} that is one of {@code codes} written otherwise, in order, with that
     * code; one whose code is among {@code held} (the person's list where it counts) goes to {@code copies} instead.
     */
    private void matched(Set<String> given, Set<String> unnamed, Set<String> codes, Set<String> held, List<WrittenAs> found,
            Set<String> copies) {
        for (String credential : new TreeSet<>(given)) {
            if (unnamed.contains(credential)) {
                WrittenOtherwise.meant(credential, codes, words, WrittenOtherwise.CREDENTIAL).ifPresent(meant -> {
                    if (held.contains(meant)) {
                        copies.add(credential);
                    } else {
                        found.add(new WrittenAs(credential, meant));
                    }
                });
            }
        }
    }

    /** The exams the routes name. */
    private Set<String> routeExams() {
        Set<String> exams = new TreeSet<>();
        routes.values().forEach(route -> exams.addAll(route.exams()));
        return exams;
    }

    /** The certifications the routes name. */
    private Set<String> routeCertifications() {
        Set<String> certifications = new TreeSet<>();
        routes.values().forEach(route -> certifications.addAll(route.certifications()));
        return certifications;
    }

    /** What these workloads were given as, and the code meant, when the wording has a sentence for it; else null. */
    private WrittenAs writtenOtherwise(String reason, Workloads workloads) {
        if (evaluation.eligibleWorkloads() == null || !words.has("exclusion." + reason + WRITTEN_OTHERWISE)) {
            return null;
        }
        return WrittenOtherwise.meant(workloads.workload(), evaluation.eligibleWorkloads().workloads(), words, "workload")
                .map(code -> new WrittenAs(workloads.workload(), code)).orElse(null);
    }

    /** The first association of these customers that is one of those that count written otherwise, and that one; else null. */
    private WrittenAs writtenOtherwise(String reason, Customers customers) {
        if (evaluation.countingAssociations() == null || !words.has("exclusion." + reason + WRITTEN_OTHERWISE)) {
            return null;
        }
        Collection<String> counting = evaluation.countingAssociations().associations();
        return customers.associations().stream().sorted()
                .flatMap(given -> WrittenOtherwise.meant(given, counting, words, "association").map(code -> new WrittenAs(given, code)).stream())
                .findFirst().orElse(null);
    }

    private Map<String, Object> names(ExcludedItem item, Words counting, Words eligible, List<String> namedByNoRoute) {
        return switch (item.kind()) {
            case CUSTOMER -> Map.of("tenant", item.tenantId(), "users", item.activeUsers(), "counting", counting, "eligible", eligible);
            case WORKLOAD -> Map.of("tenant", item.tenantId(), "workload", words.name("workload", item.workload()),
                    "users", item.activeUsers(), "counting", counting, "eligible", eligible);
            case INDIVIDUAL -> {
                Person person = people.get(item.individualId());
                List<String> missing = new ArrayList<>();
                routes.values().forEach(route -> missing.add(missing(item.person(), route)));
                // what no route names, in quotes as given, and what the routes name: any sentence of a person may say them
                List<String> unrecognised = namedByNoRoute.stream().map(Answers::quoted).toList();
                yield Map.of("person", person == null ? item.individualId() : displayName(person), "missing", new Words(missing),
                        "unrecognised", new Words(unrecognised), "named", named());
            }
        };
    }

    private Words named() {
        if (named == null) {
            Set<String> credentials = new LinkedHashSet<>();
            routes.values().forEach(route -> {
                credentials.addAll(route.exams());
                credentials.addAll(route.certifications());
            });
            named = new Words(List.copyOf(credentials));
        }
        return named;
    }

    /** What a person still needs for a route, in the route's own words ({@code missing.<route>}). */
    private String missing(Individual person, QualifyingRoute route) {
        return words.render(MISSING + route.name(), Map.of("exams", new Words(person.missingExams(route)),
                "certifications", new Words(person.missingCertifications(route))));
    }

    /** "Ben Okafor (emp-002)", or the id alone when the request gave no name. */
    static String displayName(Person person) {
        String name = person.name();
        return name == null || name.isBlank() ? person.fact().id() : name + " (" + person.fact().id() + ")";
    }

    /**
     * One excluded customer, workload or individual; {@code otherwise}: the workload or association as given and the
     * code meant, when it is one of the rules' written otherwise and the wording says so, else null;
     * {@code trial}: a trial workload; {@code usersElsewhere}: a customer whose workloads are all on lines of their own.
     */
    private record ExcludedItem(ExclusionKind kind, String tenantId, String workload, String individualId, String reason,
            Long activeUsers, Individual person, WrittenAs otherwise, boolean trial, boolean usersElsewhere) {
    }

    /** A workload, association, exam or certification as the request gave it, and the rules' code it writes otherwise. */
    private record WrittenAs(String given, String meant) {
    }
}
