package dev.doc2java.read.huawei;

import dev.doc2java.model.EnumValue;
import dev.doc2java.model.Provenance;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a Description cell states besides prose.
 *
 * @param min a length (strings), size (arrays) or value (numbers) bound, or {@code null}
 * @param enumValues values the cell lists as the only allowed ones (empty when it lists none)
 * @param proseValues bullet items that the cell announces as the values but that are prose
 *     ({@code Source IP address}); non-empty means "do not trust this as an enum"
 * @param nullable the cell says the value can be null
 * @param provenance one entry per stated constraint
 */
record DescriptionFacts(
        BigDecimal min,
        BigDecimal max,
        String defaultValue,
        List<EnumValue> enumValues,
        List<String> proseValues,
        boolean nullable,
        List<Provenance> provenance) {

    DescriptionFacts {
        enumValues = List.copyOf(enumValues);
        proseValues = List.copyOf(proseValues);
        provenance = List.copyOf(provenance);
    }
}
