package dev.errata.compare;

/**
 * Eight rows and three versions of a model, for the tests of a project's models and history; every number
 * counted by hand:
 *
 * <ul>
 *   <li>the tag "x" (rule g == "x") is ids 1, 2, 3, 7: prevalence 1/2;
 *   <li>v1 ({@code prediction}) is wrong on ids 2, 3, 6, 8: error rate 1/2; in x 2 of 4 (1/2), in y 2 of 4;
 *   <li>v2 ({@code p2}) is wrong on ids 4, 6: 1/4; in x none (0), in y 2 of 4 (1/2);
 *   <li>v3 ({@code p3}) is wrong on id 7: 1/8; in x 1 of 4 (1/4), in y none (0).
 * </ul>
 *
 * So v3 against v2 fixed ids 4 and 6 and broke id 7. x's errors per row are 1/4, 0, 1/8: v2 achieved +25 pp,
 * v3 −12.5 pp; with baseline 1, x's potential gain is (1 − 1/2) × 1/2 = 1/4 at v1 and 0 at v2. The gaps to
 * the overall error rate are, for x, 0, −1/4, +1/8 and for y 0, +1/4, −1/8.
 */
public final class ThreeVersions {

    public static final String CSV = """
            id,label,prediction,p2,p3,g
            1,a,a,a,a,x
            2,a,b,a,a,x
            3,a,b,a,a,x
            4,b,b,a,b,y
            5,b,b,b,b,y
            6,b,a,a,b,y
            7,a,a,a,b,x
            8,b,a,b,b,y
            """;

    private ThreeVersions() {}
}
