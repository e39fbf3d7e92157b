package org.w3id.diplokg.explorer;

/** Which labels a page shows: Chinese (the default) or English, chosen with {@code ?lang=}. */
enum Lang {
    ZH("zh", "中文"), EN("en", "English");

    private final String code;
    private final String name;

    Lang(String code, String name) {
        this.code = code;
        this.name = name;
    }

    String code() { return code; }

    /** The language's name in itself, for the switch. */
    String displayName() { return name; }

    Lang other() { return this == ZH ? EN : ZH; }

    /** English when asked for, else Chinese: an unknown value is no error. */
    static Lang of(String parameter) {
        return EN.code.equals(parameter) ? EN : ZH;
    }
}
