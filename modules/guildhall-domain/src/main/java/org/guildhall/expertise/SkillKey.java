package org.guildhall.expertise;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one vocabulary's key: a skill's name, an alias, a network topic ("machine learning") and a
 * post tag ({@code #machine-learning}) all lead to the same key ({@code machine-learning}), so
 * they meet in the taxonomy.
 */
public final class SkillKey {

    private SkillKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        var folded = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceFirst("^#+", "").replaceAll("[\\s_\\-]+", "-").replaceAll("^-|-$", "");
    }
}
