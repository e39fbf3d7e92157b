package org.w3id.diplokg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.w3id.diplokg.eval.GoldSet.GoldEntity;
import org.w3id.diplokg.eval.GoldSet.GoldQuestion;
import org.w3id.diplokg.eval.GoldSet.GoldTime;
import org.w3id.diplokg.eval.SystemOutput.SystemEntity;
import org.w3id.diplokg.eval.SystemOutput.SystemMention;
import org.w3id.diplokg.eval.SystemOutput.SystemQuestion;
import org.w3id.diplokg.eval.SystemOutput.SystemTime;

/** Scores what a graph says about a gold set's documents against the gold. */
public final class Evaluator {
    /** Lower bounds of the confidence bands that precision is reported for, highest first. */
    static final double[] BANDS = {0.95, 0.85, 0.75, 0.6, 0.0};

    private Evaluator() {}

    public static EvaluationReport score(GoldSet gold, Dataset dataset) {
        return score(gold, dataset, List.of());
    }

    /** Scores a build in which the documents named in {@code refused} ("file: reason") failed. */
    public static EvaluationReport score(GoldSet gold, Dataset dataset, List<String> refused) {
        List<String> files = gold.documents().stream().map(p -> p.getFileName().toString()).toList();
        SystemOutput output = SystemOutput.read(dataset, files);
        EvaluationReport report = new EvaluationReport(gold.name(), files.size());
        refused.forEach(report::refused);
        Map<String, GoldEntity> matches = scoreEntities(gold, output, report);
        scoreMentions(gold, output, matches, report);
        scoreQuestions(gold, output, report);
        scoreTimes(gold, output, report);
        scoreDocuments(gold, output, report);
        RelationScorer.score(gold, output, report);
        PairScorer.score(gold, output, report);
        return report;
    }

    /** Entity-level scores per type; returns each extracted entity's gold entity where it has one. */
    private static Map<String, GoldEntity> scoreEntities(GoldSet gold, SystemOutput output, EvaluationReport report) {
        EntityMatcher matcher = new EntityMatcher(gold.entities());
        Map<String, GoldEntity> matches = new HashMap<>();
        Set<GoldEntity> found = new HashSet<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        GoldSet.TYPES.forEach(type -> counts.put(type, new int[3]));
        for (SystemEntity entity : output.entities.values()) {
            if (!counts.containsKey(entity.type())) {
                continue; // outlets are scored with the questions
            }
            Optional<GoldEntity> match = matcher.match(entity);
            match.ifPresent(g -> matches.put(entity.iri(), g));
            int[] count = counts.get(entity.type());
            if (match.isEmpty()) {
                count[1]++;
                report.wrong("not in gold: " + describe(entity));
            } else if (!match.get().type().equals(entity.type())) {
                count[1]++;
                report.wrong("wrong type: " + describe(entity) + ", gold says " + match.get().type());
            } else if (!found.add(match.get())) {
                count[1]++;
                report.wrong("second entity for one thing: " + describe(entity) + " = gold " + match.get().zh());
            } else {
                count[0]++;
            }
        }
        for (GoldEntity entity : gold.entities()) {
            if (!found.contains(entity)) {
                counts.get(entity.type())[2]++;
                report.missed("entity " + entity.type() + " " + entity.zh() + " (" + String.join("|", entity.surfaces()) + ")");
            }
        }
        counts.forEach((type, c) -> report.entities.put(type, new Score(c[0], c[1], c[2])));
        return matches;
    }

    /** Distinct (surface, entity) pairs against the gold's, and mention precision per confidence band. */
    private static void scoreMentions(GoldSet gold, SystemOutput output, Map<String, GoldEntity> matches,
                                      EvaluationReport report) {
        Set<String> goldPairs = new HashSet<>();
        for (GoldEntity entity : gold.entities()) {
            entity.surfaces().forEach(surface -> goldPairs.add(pair(entity, surface)));
        }
        Set<String> right = new HashSet<>();
        Set<String> wrong = new HashSet<>();
        for (SystemMention mention : output.mentions) {
            SystemEntity entity = output.entities.get(mention.entity());
            if (entity == null || entity.type().equals("outlet")) {
                continue;
            }
            GoldEntity match = matches.get(entity.iri());
            boolean correct = match != null && match.type().equals(entity.type())
                    && goldPairs.contains(pair(match, mention.anchor()));
            report.band(mention.confidence(), correct);
            if (correct) {
                right.add(pair(match, mention.anchor()));
            } else if (wrong.add(mention.anchor() + "→" + entity.iri())) {
                report.wrong("mention " + mention.anchor() + " → " + describe(entity));
            }
        }
        for (GoldEntity entity : gold.entities()) {
            for (String surface : entity.surfaces()) {
                if (!right.contains(pair(entity, surface))) {
                    report.missed("surface " + surface + " of " + entity.zh());
                }
            }
        }
        Set<String> goldFound = new HashSet<>(right);
        goldFound.retainAll(goldPairs);
        report.surfaces = new Score(goldFound.size(), wrong.size(), goldPairs.size() - goldFound.size());
    }

    private static void scoreQuestions(GoldSet gold, SystemOutput output, EvaluationReport report) {
        Set<SystemQuestion> claimed = new HashSet<>();
        for (GoldQuestion question : gold.questions()) {
            String opening = MatchText.of(question.opening());
            Optional<SystemQuestion> match = output.questions.stream()
                    .filter(q -> !claimed.contains(q) && q.wordings().stream().anyMatch(text -> text.contains(opening))).findFirst();
            if (match.isEmpty()) {
                report.missed("question " + question.opening());
                continue;
            }
            claimed.add(match.get());
            report.questionsFound++;
            if (question.outlet() != null) {
                report.outletsNamed++;
                String outlet = withoutTitleMarks(MatchText.of(question.outlet()));
                if (match.get().outletLabels().stream().map(Evaluator::withoutTitleMarks).anyMatch(outlet::equals)) {
                    report.outletsRight++;
                } else {
                    report.wrong("outlet of question " + question.opening() + ": " + match.get().outletLabels()
                            + ", gold says " + question.outlet());
                }
            }
        }
        report.questionsGold = gold.questions().size();
        for (SystemQuestion question : output.questions) {
            if (!claimed.contains(question)) {
                report.questionsSpurious++;
                report.wrong("question not in gold: " + abbreviate(question.text()));
            }
        }
    }

    private static void scoreTimes(GoldSet gold, SystemOutput output, EvaluationReport report) {
        Set<SystemTime> claimed = new HashSet<>();
        for (GoldTime time : gold.times()) {
            String context = MatchText.of(time.context());
            String surface = MatchText.of(time.surface());
            Optional<SystemTime> match = output.times.stream()
                    .filter(t -> !claimed.contains(t) && MatchText.of(t.anchor()).equals(surface)
                            && t.wordings().stream().anyMatch(text -> sameSentence(text, context)))
                    .findFirst();
            if (match.isEmpty()) {
                report.missed("time " + time.surface() + " in " + time.context());
                continue;
            }
            claimed.add(match.get());
            report.timesFound++;
            String value = match.get().value();
            if (time.value() == null ? value == null : time.value().equals(value)) {
                report.timesRight++;
            } else {
                report.wrong("time " + time.surface() + " in " + time.context() + " = " + value + ", gold says " + time.value());
            }
        }
        report.timesGold = gold.times().size();
        report.timesNotInGold = output.times.size() - claimed.size();
    }

    /** Each document's event date and speakers, where the gold states them. */
    private static void scoreDocuments(GoldSet gold, SystemOutput output, EvaluationReport report) {
        for (GoldSet.GoldDocument document : gold.facts()) {
            SystemOutput.SystemDocument built = output.documents.get(document.fileName());
            if (built == null) {
                report.missed("document " + document.fileName() + ": nothing was built from it");
            }
            if (document.date() != null) {
                report.datesGold++;
                String date = built == null ? null : built.date();
                if (document.date().toString().equals(date)) {
                    report.datesRight++;
                } else {
                    report.wrong("date of " + document.fileName() + ": " + date + ", gold says " + document.date());
                }
            }
            for (String speaker : document.speakers()) {
                report.speakersGold++;
                if (built != null && built.speakers().contains(speaker)) {
                    report.speakersFound++;
                } else {
                    report.missed("speaker " + speaker + " of " + document.fileName()
                            + (built == null ? "" : " (found: " + built.speakers() + ")"));
                }
            }
        }
    }

    /** The context lies in the statement, or the statement is the part of a context that spans sentences. */
    static boolean sameSentence(String statement, String context) {
        if (statement.contains(context)) {
            return true;
        }
        // A context copied across a sentence end or a turn marker (王毅：2020年，…) matches by its parts.
        for (String part : context.split("[。？！；：]")) {
            if (part.codePointCount(0, part.length()) >= 4 && statement.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static String pair(GoldEntity entity, String surface) {
        return entity.type() + "/" + entity.zh() + "/" + MatchText.of(surface);
    }

    private static String withoutTitleMarks(String name) {
        return name.replace("《", "").replace("》", "");
    }

    private static String describe(SystemEntity entity) {
        return entity.type() + " " + entity.zh() + " <" + entity.iri() + ">";
    }

    private static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24) + "…";
    }
}
