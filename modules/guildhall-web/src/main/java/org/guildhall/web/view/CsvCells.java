package org.guildhall.web.view;

/** What every CSV export writes into a cell. */
public final class CsvCells {

    private CsvCells() {
    }

    /** Spreadsheets run cells starting with these as formulas (CSV injection); a leading quote keeps them text. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
