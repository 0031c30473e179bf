package com.facetestimator.domain.locality;

import com.facetestimator.domain.CataloguedRule;
import com.facetestimator.domain.Finding.Confidence;
import com.facetestimator.domain.Finding.Severity;

/** Rules about where a service is priced that can surface as findings. */
public enum LocalityRule implements CataloguedRule {
    ZIP_PLUS_FOUR("LOC-ZIP-PLUS4",
            "Warns that a ZIP code's locality depends on its ZIP+4: priced with the ZIP5 file's locality.",
            Severity.WARNING,
            "CMS ZIP Code to Carrier Locality file (ZIP5), PLUS 4 FLAG = 1: the ZIP code's locality depends on the ZIP+4",
            Confidence.PRIMARY_SOURCE);

    private final Entry entry;

    LocalityRule(String id, String does, Severity severity, String citation, Confidence confidence) {
        this.entry = new Entry(id, does, severity, citation, confidence);
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
