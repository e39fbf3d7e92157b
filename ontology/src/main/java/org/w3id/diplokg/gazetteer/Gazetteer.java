package org.w3id.diplokg.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.diplokg.data.DataFile;

/**
 * The names the extractor knows: every sovereign state (names in {@code countries.tsv}, Wikidata
 * items from {@code country-wikidata.tsv}), and curated regions, organizations, agreements, initiatives,
 * news organizations and people, each a TSV file in this package's resource folder. Adding an
 * organization is one line in {@code organizations.tsv}.
 *
 * <p>One-character abbreviations (俄 for Russia, 欧 for the EU) are kept apart from names: they are
 * only safe inside compounds such as 中俄 and forms such as 俄方.
 */
public final class Gazetteer {
    private static final String FOLDER = "/org/w3id/diplokg/gazetteer/";
    /**
     * Codes that name regions in this corpus, never countries: Taiwan, Hong Kong and Macau are China's; Kosovo's
     * statehood China does not recognise (the ministry's 科索沃问题).
     */
    private static final Set<String> NOT_COUNTRIES = Set.of("TW", "HK", "MO", "XK");
    /** Marks that wrap names in running text but are not part of them. */
    private static final String WRAPPING_MARKS = "“”\"《》「」";

    private static volatile Gazetteer shared;

    private final Map<String, Entity> entitiesByIri = new LinkedHashMap<>();
    private final Map<String, Entity> byName = new HashMap<>();
    private final Map<String, Entity> byAbbreviation = new HashMap<>();
    /** A place's IRI to the state it lies in. */
    private final Map<String, Entity> stateOfPlace = new HashMap<>();
    private final java.util.Set<String> formerStates = new java.util.HashSet<>();
    /** An agreement's title from its 关于 on (关于香港问题的联合声明) to the one agreement whose full title ends so. */
    private final Map<String, Entity> byTitleTail = new HashMap<>();
    /** A state's IRI to the former states its places lay in, and until when (Russia's: the Soviet Union's, to 1991-12-26). */
    private final Map<String, List<Succession>> formerStatesOfPlaces = new HashMap<>();

    /** A state that became one after 1980 to the day it did, and the territory it was before (new-states.tsv). */
    private final Map<String, Territory> territoriesBefore = new HashMap<>();

    /** The land a state was before {@code statehood}, typed region. */
    private record Territory(Entity region, LocalDate statehood) {}

    /** The former state a successor's places lay in before {@code until}. */
    private record Succession(Entity former, LocalDate until) {}

    private Gazetteer() {}

    /** The gazetteer from the bundled data, loaded once per JVM. */
    public static Gazetteer load() {
        Gazetteer gazetteer = shared;
        if (gazetteer == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) {
                    shared = read();
                }
                gazetteer = shared;
            }
        }
        return gazetteer;
    }

    /** A new gazetteer read from the bundled data (tests compare two reads; everyone else shares {@link #load()}). */
    static Gazetteer read() {
        Gazetteer loaded = new Gazetteer();
        loaded.loadCountries();
        loaded.loadFormerStates();
        loaded.loadNewStates();
        loaded.loadCurated("regions.tsv", EntityType.REGION, false);
        loaded.loadCurated("organizations.tsv", EntityType.ORGANIZATION, true);
        loaded.loadCurated("agreements.tsv", EntityType.AGREEMENT, true);
        loaded.loadCurated("initiatives.tsv", EntityType.INITIATIVE, true);
        loaded.loadCurated("outlets.tsv", EntityType.NEWS_ORGANIZATION, true);
        loaded.loadCurated("persons.tsv", EntityType.PERSON, true);
        loaded.loadCurated("events.tsv", EntityType.EVENT, true);
        loaded.addWrittenOutForms();
        loaded.indexTitleTails();
        return loaded;
    }

    public Collection<Entity> entities() {
        return Collections.unmodifiableCollection(entitiesByIri.values());
    }

    /** Every name and alias (not abbreviations) with the entity it names. */
    public Map<String, Entity> names() {
        return Collections.unmodifiableMap(byName);
    }

    /** The entity a canonical name or alias names. */
    public Optional<Entity> byName(String name) {
        return Optional.ofNullable(byName.get(stripMarks(name)));
    }

    /**
     * The one agreement whose full title ends in this one, which opens with 关于 (关于香港问题的联合声明: the Sino-British
     * Joint Declaration, whose title names its two governments before it); empty where none or two do.
     */
    public Optional<Entity> agreementTitled(String tail) {
        String title = stripMarks(tail);
        return title.startsWith("关于") ? Optional.ofNullable(byTitleTail.get(title)) : Optional.empty();
    }

    private void indexTitleTails() {
        Set<String> shared = new java.util.HashSet<>();
        for (Entity agreement : entitiesByIri.values()) {
            if (agreement.type() != EntityType.AGREEMENT) {
                continue;
            }
            List<String> names = new ArrayList<>(agreement.aliases());
            names.add(agreement.zhLabel());
            for (String name : names) {
                int about = name.indexOf("关于");
                if (about <= 0 || byName.containsKey(name.substring(about)) || !namesAPlaceOrParty(name.substring(about))) {
                    // no 关于 after a name of parties, the tail a known name, or one any two states' document may bear
                    // (关于建立外交关系的联合公报): only what names a place or party is the one document's (关于香港问题的…)
                    continue;
                }
                Entity before = byTitleTail.putIfAbsent(name.substring(about), agreement);
                if (before != null && !before.equals(agreement)) {
                    shared.add(name.substring(about)); // two agreements' titles end so: the tail names neither
                }
            }
        }
        byTitleTail.keySet().removeAll(shared);
    }

    private static final Set<EntityType> PLACES_AND_PARTIES = java.util.EnumSet.of(EntityType.COUNTRY, EntityType.REGION,
            EntityType.ORGANIZATION);

    private boolean namesAPlaceOrParty(String words) {
        for (int end = 2; end <= words.length(); end++) {
            if (nameEndingAt(words, end, 8, PLACES_AND_PARTIES) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The entity a one-character abbreviation stands for in compounds (俄 -> Russia). */
    public Optional<Entity> byAbbreviation(String abbreviation) {
        return Optional.ofNullable(byAbbreviation.get(abbreviation));
    }

    /**
     * Where the longest name of one of these types that ends at {@code end} in {@code text} begins, looking back at most
     * {@code longest} characters (乌兹别克斯坦 before 旅游年, 中国—东盟自贸区 before 3.0版); -1 where none does.
     * A name begins at a letter, never at the quotation mark before it (“中国旅游年: 中国).
     */
    public int nameEndingAt(String text, int end, int longest, Set<EntityType> types) {
        for (int begin = Math.max(0, end - longest); begin < end - 1; begin++) {
            if (Character.isLetterOrDigit(text.charAt(begin))
                    && byName(text.substring(begin, end)).filter(e -> types.contains(e.type())).isPresent()) {
                return begin;
            }
        }
        return -1;
    }

    /** Whether every character of {@code word} (two or more) abbreviates a party: 中乌, 中日韩, 中南. */
    public boolean isCompoundOfAbbreviations(String word) {
        return word.length() >= 2 && word.codePoints().allMatch(c -> byAbbreviation.containsKey(Character.toString(c)));
    }

    public Map<String, Entity> abbreviations() {
        return Collections.unmodifiableMap(byAbbreviation);
    }

    /** The entity a data file names as {@code type:key} (country:CN, organization:CPC), if any. */
    public Optional<Entity> byReference(String typeAndKey) {
        String[] parts = typeAndKey.split(":", 2);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            return byKey(EntityType.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)), parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // no such type
        }
    }

    /** Whether a country is a state that no longer exists (former-states.tsv). */
    public boolean isFormerState(Entity country) {
        return formerStates.contains(country.iri());
    }

    /** The state a place lies in today, where the gazetteer says (重庆, 澳门: China). */
    public Optional<Entity> stateOf(Entity place) {
        return Optional.ofNullable(stateOfPlace.get(place.iri()));
    }

    /** The state a place lay in on {@code day}: 莫斯科 is the Soviet Union's before 1991-12-26, Russia's after. */
    public Optional<Entity> stateOf(Entity place, LocalDate day) {
        return stateOf(place).map(state -> formerStatesOfPlaces.getOrDefault(state.iri(), List.of()).stream()
                .filter(succession -> day.isBefore(succession.until())).map(Succession::former).findFirst().orElse(state));
    }

    /**
     * What a text of {@code day} names by a state's name: the state, or, before the day it became one, the territory
     * (纳米比亚 in 1987 is a region; in 1990 from March 21 a country).
     */
    public Entity asOf(Entity country, LocalDate day) {
        Territory territory = territoriesBefore.get(country.iri());
        return territory != null && day.isBefore(territory.statehood()) ? territory.region() : country;
    }

    public Optional<Entity> byKey(EntityType type, String key) {
        return Optional.ofNullable(entitiesByIri.get(new Entity(key, type, "-", null, List.of(), null, true, null).iri()));
    }

    /**
     * Countries' names come only from {@code countries.tsv} (never from the JDK's locale data, whose
     * names change between JDK releases), their Wikidata items only from {@code country-wikidata.tsv}
     * ("-" where the reference data gives none); the two files must name the same codes.
     */
    private void loadCountries() {
        Map<String, String> items = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.read(FOLDER + "country-wikidata.tsv")) {
            String iso = row.cell(0);
            if (!"iso2".equals(iso) && !NOT_COUNTRIES.contains(iso)) {
                items.put(iso, "-".equals(row.cell(1)) ? null : row.cell(1)); // "-": the reference data gives no item
            }
        }
        for (DataFile.Row row : DataFile.read(FOLDER + "countries.tsv")) {
            String iso = row.cell(0);
            String zh = row.cell(1);
            String en = row.cell(2);
            if (iso == null || zh == null || en == null) {
                throw row.problem("code, Chinese and English names are required");
            }
            if (NOT_COUNTRIES.contains(iso)) {
                throw row.problem(iso + " is a region in this corpus, never a country");
            }
            if (!items.containsKey(iso)) {
                throw row.problem("country-wikidata.tsv has no row for " + iso);
            }
            String wikidata = items.remove(iso);
            Entity country = new Entity(iso, EntityType.COUNTRY, zh, en, row.list(3), wikidata, true, iso);
            add(country, row);
            if (row.cell(4) != null) {
                addAbbreviation(row.cell(4), country, row);
            }
        }
        if (!items.isEmpty()) {
            throw new IllegalStateException("countries.tsv names no country for the codes " + items.keySet()
                    + " that country-wikidata.tsv lists");
        }
    }

    /**
     * States that no longer exist (苏联): countries of their time, keyed by the ISO 3166 code reserved
     * for them (SU), with a Wikidata item only where one is sure.
     */
    private void loadFormerStates() {
        for (DataFile.Row row : DataFile.read(FOLDER + "former-states.tsv")) {
            String code = row.cell(0);
            if (code == null || !code.matches("[A-Z]{2}") || row.cell(1) == null || row.cell(2) == null) {
                throw row.problem("a reserved two-letter code, Chinese and English names are required");
            }
            Entity state = new Entity(code, EntityType.COUNTRY, row.cell(1), row.cell(2), row.list(3), row.cell(4), true, code);
            add(state, row);
            formerStates.add(state.iri());
            if (row.cell(5) != null) {
                addAbbreviation(row.cell(5), state, row);
            }
            if (row.cell(6) != null) {
                readSuccessors(state, row);
            }
        }
    }

    /**
     * States that became states since 1980: before that day the land is a region of the same names, with no Wikidata
     * item (the state's item is not the territory's) and a key from its English name.
     */
    private void loadNewStates() {
        for (DataFile.Row row : DataFile.read(FOLDER + "new-states.tsv")) {
            Entity state = byKey(EntityType.COUNTRY, row.cell(0))
                    .orElseThrow(() -> row.problem("no country has the code " + row.cell(0)));
            try {
                Entity land = new Entity(state.enLabel().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), EntityType.REGION,
                        state.zhLabel(), state.enLabel(), state.aliases(), null, false, null);
                territoriesBefore.put(state.iri(), new Territory(land, LocalDate.parse(row.cell(1))));
            } catch (java.time.format.DateTimeParseException e) {
                throw row.problem("not a date (YYYY-MM-DD): " + e.getParsedString());
            }
        }
    }

    /** Column 7 the day the state ended, column 8 its successors (RU, or EE@1991-09-06 for one that left earlier). */
    private void readSuccessors(Entity former, DataFile.Row row) {
        try {
            LocalDate ended = LocalDate.parse(row.cell(6));
            for (String successor : row.list(7)) {
                String[] codeAndDay = successor.split("@", 2);
                Entity state = byKey(EntityType.COUNTRY, codeAndDay[0])
                        .orElseThrow(() -> row.problem("no country has the code " + codeAndDay[0]));
                LocalDate until = codeAndDay.length == 2 ? LocalDate.parse(codeAndDay[1]) : ended;
                formerStatesOfPlaces.computeIfAbsent(state.iri(), iri -> new ArrayList<>()).add(new Succession(former, until));
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw row.problem("not a date (YYYY-MM-DD): " + e.getParsedString());
        }
    }

    /** Columns: key, zh, en, aliases, Wikidata item, abbreviation. */
    private void loadCurated(String file, EntityType type, boolean exactMatch) {
        for (DataFile.Row row : DataFile.read(FOLDER + file)) {
            String key = row.cell(0);
            String zh = row.cell(1);
            if (key == null || zh == null) {
                throw row.problem("key and Chinese name are required");
            }
            String wikidata = row.cell(4);
            if (wikidata != null && !wikidata.matches("Q[1-9][0-9]*")) {
                throw row.problem("not a Wikidata item: " + wikidata);
            }
            Entity entity = new Entity(key, type, zh, row.cell(2), row.list(3), wikidata, exactMatch, null);
            add(entity, row);
            if (type == EntityType.REGION && row.cell(6) != null) {
                Entity state = byKey(EntityType.COUNTRY, row.cell(6))
                        .orElseThrow(() -> row.problem("no country has the code " + row.cell(6)));
                stateOfPlace.put(entity.iri(), state);
            }
            if (row.cell(5) != null) {
                addAbbreviation(row.cell(5), entity, row);
            }
        }
    }

    private void add(Entity entity, DataFile.Row row) {
        if (entitiesByIri.putIfAbsent(entity.iri(), entity) != null) {
            throw row.problem("duplicate entity " + entity.iri());
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.zhLabel());
        entity.aliases().forEach(alias -> names.add(stripMarks(alias)));
        for (String name : names) {
            Entity previous = byName.putIfAbsent(name, entity);
            if (previous != null && !previous.equals(entity)) {
                throw row.problem("the name " + name + " already names " + previous.iri());
            }
        }
    }

    /**
     * A name with a short form inside has its written-out form too (拉美和加勒比国家共同体 is also
     * 拉丁美洲和加勒比国家共同体): short-forms.tsv lists the
     * pairs. A written-out form another entity already has stays that entity's.
     */
    private void addWrittenOutForms() {
        List<String[]> pairs = new ArrayList<>();
        for (DataFile.Row row : DataFile.read(FOLDER + "short-forms.tsv")) {
            pairs.add(new String[] {row.cell(0), row.cell(1)});
        }
        for (Map.Entry<String, Entity> named : new ArrayList<>(byName.entrySet())) {
            for (String[] pair : pairs) {
                if (named.getKey().contains(pair[0]) && !named.getKey().contains(pair[1])) {
                    byName.putIfAbsent(named.getKey().replace(pair[0], pair[1]), named.getValue());
                }
            }
        }
    }

    private void addAbbreviation(String abbreviation, Entity entity, DataFile.Row row) {
        Entity previous = byAbbreviation.putIfAbsent(abbreviation, entity);
        if (previous != null) {
            throw row.problem("the abbreviation " + abbreviation + " already stands for " + previous.iri());
        }
    }

    private static String stripMarks(String name) {
        StringBuilder stripped = new StringBuilder();
        name.codePoints().filter(c -> WRAPPING_MARKS.indexOf(c) < 0).forEach(stripped::appendCodePoint);
        return stripped.toString().trim();
    }
}
