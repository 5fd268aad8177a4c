package org.safeguard.casework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One procedure of a kind as data: its states (some final), the (state, action) table with the authority each action
 * needs and its preconditions (stable codes the kind evaluates), and the step deadline of each state. Only
 * {@link CaseLifecycle} applies it; anything not in the table is refused with the actions that are allowed.
 */
public final class ProcedureDefinition {

    /** One row of the table: in {@code from}, {@code action} leads to {@code to} for holders of {@code authority}. */
    public record Rule(String from, String action, String to, String authority, List<String> preconditions) {
    }

    private final CaseKind kind;
    private final String code;
    private final Set<String> states;
    private final Set<String> finalStates;
    private final Map<String, Map<String, Rule>> table;
    private final Map<String, Deadline> deadlines;
    private final String auditPrefix;
    private final String auditEntity;
    private final Set<String> notSteps;

    private ProcedureDefinition(Builder b) {
        this.notSteps = Set.copyOf(b.notSteps);
        this.kind = b.kind;
        this.code = b.code;
        this.states = Collections.unmodifiableSet(new LinkedHashSet<>(b.states));
        this.finalStates = Set.copyOf(b.finalStates);
        Map<String, Map<String, Rule>> t = new LinkedHashMap<>();
        b.table.forEach((s, m) -> t.put(s, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        this.table = Collections.unmodifiableMap(t);
        this.deadlines = Map.copyOf(b.deadlines);
        this.auditPrefix = b.auditPrefix;
        this.auditEntity = b.auditEntity;
    }

    public static Builder builder(CaseKind kind, String code) {
        return new Builder(kind, code);
    }

    public CaseKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Set<String> states() {
        return states;
    }

    public boolean isFinal(String state) {
        return finalStates.contains(state);
    }

    public Optional<Rule> find(String from, String action) {
        return Optional.ofNullable(table.getOrDefault(from, Map.of()).get(action));
    }

    /** The rules of a state, in table order. */
    public List<Rule> allowed(String from) {
        return List.copyOf(table.getOrDefault(from, Map.of()).values());
    }

    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>();
        table.values().forEach(m -> all.addAll(m.values()));
        return Collections.unmodifiableList(all);
    }

    /** The limit of the step a case enters in {@code state}, if the procedure gives one. */
    public Optional<Deadline> deadline(String state) {
        return Optional.ofNullable(deadlines.get(state));
    }

    /**
     * The actions of the state that move the work on: not reassignment and not the kind's side actions (e.g. dibao's
     * termination for non-cooperation). Whoever takes a case over must hold the authority of one of them.
     */
    public List<Rule> steps(String from) {
        return allowed(from).stream().filter(r -> !r.action().equals(CaseLifecycle.REASSIGN) && !notSteps.contains(r.action()))
                .toList();
    }

    /** Audit action of a transition: the prefix and the action, e.g. APPLICATION_ACCEPT. */
    public String auditAction(String action) {
        return auditPrefix + action;
    }

    public String auditEntity() {
        return auditEntity;
    }

    public static final class Builder {
        private final CaseKind kind;
        private final String code;
        private final Set<String> states = new LinkedHashSet<>();
        private final Set<String> finalStates = new LinkedHashSet<>();
        private final Map<String, Map<String, Rule>> table = new LinkedHashMap<>();
        private final Map<String, Deadline> deadlines = new LinkedHashMap<>();
        private String auditPrefix;
        private String auditEntity = "casework_case";
        private final Set<String> notSteps = new LinkedHashSet<>();

        private Builder(CaseKind kind, String code) {
            this.kind = kind;
            this.code = code;
            this.auditPrefix = kind.code() + "_";
        }

        public Builder state(String state) {
            states.add(state);
            return this;
        }

        public Builder finalState(String state) {
            states.add(state);
            finalStates.add(state);
            return this;
        }

        public Builder allow(String from, String action, String to, String authority, String... preconditions) {
            if (!states.contains(from) || !states.contains(to)) {
                throw new IllegalArgumentException("unknown state in " + from + " -" + action + "-> " + to);
            }
            if (authority == null || authority.isBlank()) {
                throw new IllegalArgumentException("no authority for " + from + " " + action);
            }
            table.computeIfAbsent(from, s -> new LinkedHashMap<>())
                    .put(action, new Rule(from, action, to, authority, List.of(preconditions)));
            return this;
        }

        public Builder deadline(String state, Deadline deadline) {
            deadlines.put(state, deadline);
            return this;
        }

        /** Actions that do not count as taking the case's next step (see {@link ProcedureDefinition#steps}). */
        public Builder notSteps(String... actions) {
            notSteps.addAll(List.of(actions));
            return this;
        }

        public Builder audit(String actionPrefix, String entity) {
            this.auditPrefix = actionPrefix;
            this.auditEntity = entity;
            return this;
        }

        public ProcedureDefinition build() {
            for (String f : finalStates) {
                if (table.containsKey(f) && table.get(f).values().stream().anyMatch(r -> !r.to().equals(f))) {
                    throw new IllegalStateException("a final state is left: " + f);
                }
            }
            return new ProcedureDefinition(this);
        }
    }
}
