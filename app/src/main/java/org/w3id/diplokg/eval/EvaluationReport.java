package org.w3id.diplokg.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scores of one gold set, with what was missed and what was wrong. */
public final class EvaluationReport {
    private final String goldSet;
    final Map<String, Score> entities = new LinkedHashMap<>();
    Score surfaces = new Score(0, 0, 0);
    private final int[] bandRight = new int[Evaluator.BANDS.length];
    private final int[] bandTotal = new int[Evaluator.BANDS.length];
    int questionsGold;
    int questionsFound;
    int questionsSpurious;
    int outletsNamed;
    int outletsRight;
    int timesGold;
    int timesFound;
    int timesRight;
    int timesNotInGold;
    int datesGold;
    int datesRight;
    int speakersGold;
    int speakersFound;
    final Map<String, Score> relations = new LinkedHashMap<>();
    int relationsMatched;
    int modalitiesRight;
    int pairsGold;
    int pairsJoined;
    int pairsBuilt;
    int pairsBuiltRight;
    private final List<String> refused = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();
    private final List<String> wrong = new ArrayList<>();

    private final int documentCount;

    EvaluationReport(String goldSet, int documentCount) {
        this.goldSet = goldSet;
        this.documentCount = documentCount;
    }

    public String goldSet() { return goldSet; }

    /** Entity-level scores of one type ("country", "organization"...). */
    public Score entities(String type) { return entities.get(type); }

    /** Every type's entities together (micro-averaged). */
    public Score allEntities() {
        return entities.values().stream().reduce(new Score(0, 0, 0), Score::plus);
    }

    /** Distinct (surface form, entity) pairs. */
    public Score surfaces() { return surfaces; }

    public double questionRecall() { return ratio(questionsFound, questionsGold); }

    public double outletAccuracy() { return ratio(outletsRight, outletsNamed); }

    /** Share of the gold time expressions found with the right value. */
    public double timeAccuracy() { return ratio(timesRight, timesGold); }

    /** Share of the documents with a stated date whose event date was found right. */
    public double dateAccuracy() { return ratio(datesRight, datesGold); }

    /** Share of the gold's speakers that speak some statement of their document. */
    public double speakerRecall() { return ratio(speakersFound, speakersGold); }

    /** Relation scores of one kind ("meeting", "support"...), or null where the set has no relation gold. */
    public Score relations(String kind) { return relations.get(kind); }

    /** All relations of the set together. */
    public Score relations() {
        return relations.values().stream().reduce(new Score(0, 0, 0), Score::plus);
    }

    /** Share of the pairs of parties the gold states a relation between that a built relation of that sentence joins. */
    public double pairRecall() { return ratio(pairsJoined, pairsGold); }

    /** Share of the built relations' pairs of parties that the gold states a relation between, in that sentence. */
    public double pairPrecision() { return ratio(pairsBuiltRight, pairsBuilt); }

    /** Of the relations matched, the share whose modality is the gold's. */
    public double modalityAccuracy() { return ratio(modalitiesRight, relationsMatched); }

    /** The documents the build refused, each with its reason. */
    public List<String> refused() { return List.copyOf(refused); }

    public List<String> missed() { return List.copyOf(missed); }

    public List<String> wrong() { return List.copyOf(wrong); }

    /** Named figures, for floors: "entities.country.f1", "questions.recall", "times.accuracy"... */
    public Map<String, Double> figures() {
        Map<String, Double> figures = new LinkedHashMap<>();
        entities.forEach((type, score) -> figures.put("entities." + type + ".f1", score.f1()));
        figures.put("entities.micro.f1", allEntities().f1());
        figures.put("surfaces.f1", surfaces.f1());
        figures.put("questions.recall", questionRecall());
        figures.put("outlets.accuracy", outletAccuracy());
        figures.put("times.accuracy", timeAccuracy());
        figures.put("dates.accuracy", dateAccuracy());
        figures.put("speakers.recall", speakerRecall());
        figures.put("documents.accepted", 1.0 - (double) refused.size() / Math.max(1, documentCount));
        if (!relations.isEmpty()) {
            figures.put("relations.recall", relations().recall());
            figures.put("relations.precision", relations().precision());
            figures.put("relations.modality.accuracy", modalityAccuracy());
            figures.put("relations.pairs.recall", pairRecall());
            figures.put("relations.pairs.precision", pairPrecision());
        }
        return figures;
    }

    void band(double confidence, boolean correct) {
        for (int i = 0; i < Evaluator.BANDS.length; i++) {
            if (confidence >= Evaluator.BANDS[i]) {
                bandTotal[i]++;
                bandRight[i] += correct ? 1 : 0;
                return;
            }
        }
    }

    void missed(String what) { missed.add(what); }

    void refused(String what) { refused.add(what); }

    void wrong(String what) { wrong.add(what); }

    public void print(PrintWriter out, int listLimit) {
        out.printf("== gold set %s%n", goldSet);
        out.printf("%-14s %5s %5s %5s %9s %7s %6s%n", "entities", "right", "wrong", "miss", "precision", "recall", "F1");
        entities.forEach((type, s) -> row(out, type, s));
        row(out, "all (micro)", allEntities());
        row(out, "surface forms", surfaces);
        out.println("mention precision by confidence:");
        for (int i = 0; i < Evaluator.BANDS.length; i++) {
            if (bandTotal[i] > 0) {
                String upper = i == 0 ? "1.00" : String.format("%.2f", Evaluator.BANDS[i - 1]);
                out.printf("  [%.2f, %s%s  %5d mentions  precision %.3f%n", Evaluator.BANDS[i], upper, i == 0 ? "]" : ")",
                        bandTotal[i], (double) bandRight[i] / bandTotal[i]);
            }
        }
        out.printf("questions: %d of %d found, %d not in gold; outlets right: %d of %d%n",
                questionsFound, questionsGold, questionsSpurious, outletsRight, outletsNamed);
        if (datesGold > 0 || speakersGold > 0) {
            out.printf("documents: %d of %d event dates right; speakers found: %d of %d%n",
                    datesRight, datesGold, speakersFound, speakersGold);
        }
        refused.forEach(reason -> out.println("REFUSED: " + reason));
        out.printf("time expressions: %d of %d found, %d with the right value (%.1f%%); %d more found that the gold does not list%n",
                timesFound, timesGold, timesRight, 100 * timeAccuracy(), timesNotInGold);
        if (!relations.isEmpty()) {
            out.printf("%-17s %5s %5s %5s %9s %7s %6s%n", "relations", "right", "wrong", "miss", "precision", "recall", "F1");
            relations.forEach((kind, score) -> relationRow(out, kind, score));
            relationRow(out, "all", relations());
            out.printf("modality right: %d of %d matched (%.1f%%)%n", modalitiesRight, relationsMatched, 100 * modalityAccuracy());
            out.printf("party pairs: %d of %d the gold states are joined (recall %.3f); %d of %d built are the gold's (precision %.3f)%n",
                    pairsJoined, pairsGold, pairRecall(), pairsBuiltRight, pairsBuilt, pairPrecision());
        }
        list(out, "missed", missed, listLimit);
        list(out, "wrong", wrong, listLimit);
        out.flush();
    }

    private static void row(PrintWriter out, String name, Score s) {
        out.printf("%-14s %5d %5d %5d %9.3f %7.3f %6.3f%n", name, s.truePositives(), s.falsePositives(), s.falseNegatives(),
                s.precision(), s.recall(), s.f1());
    }

    private static void relationRow(PrintWriter out, String name, Score s) {
        out.printf("%-17s %5d %5d %5d %9.3f %7.3f %6.3f%n", name, s.truePositives(), s.falsePositives(), s.falseNegatives(),
                s.precision(), s.recall(), s.f1());
    }

    private static void list(PrintWriter out, String title, List<String> items, int limit) {
        if (items.isEmpty()) {
            return;
        }
        out.printf("%s (%d):%n", title, items.size());
        items.stream().limit(limit).forEach(item -> out.println("  " + item));
        if (items.size() > limit) {
            out.printf("  … %d more (--list N shows more)%n", items.size() - limit);
        }
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
