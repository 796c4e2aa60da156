package dev.errata.ui;

/**
 * Five rows of a binary model whose errors are ids 2 and 4, with flag columns: tag_noise is yes on ids 1
 * and 3, is_short is 1 on ids 2, 3 and 5, seen is true on ids 1 and 4; tag_note is text, and label and
 * prediction are 0/1 but play a role.
 */
public final class FlagColumnsData {

    public static final String CSV = """
            id,label,prediction,tag_noise,is_short,seen,tag_note
            1,1,1,yes,0,true,a
            2,1,0,no,1,false,b
            3,0,0,yes,1,false,c
            4,0,1,no,0,true,d
            5,1,1,,1,false,e
            """;

    private FlagColumnsData() {}
}
