package com.facetestimator.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.domain.locality.PaymentLocality;
import com.facetestimator.domain.locality.ZipCodeLocality;
import com.facetestimator.testing.CmsFiles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled locality and ZIP tables hold exactly what the CMS files say. */
class BundledLocalityDirectoryTest {

    @Test
    void holdsThe109LocalitiesOfBothGpciFiles() {
        BundledLocalityDirectory directory = new BundledLocalityDirectory();
        List<PaymentLocality> all = directory.all();
        assertThat(all).hasSize(109);
        for (var file : List.of(CmsFiles.GPCI_2025, CmsFiles.GPCI_2026)) {
            Set<String> ids = CmsFiles.gpcis(file).stream().map(CmsFiles.Gpci::id).collect(Collectors.toSet());
            assertThat(all).extracting(PaymentLocality::id).containsExactlyInAnyOrderElementsOf(ids);
        }
        for (CmsFiles.Gpci g : CmsFiles.gpcis(CmsFiles.GPCI_2026)) {
            PaymentLocality l = directory.find(g.id()).orElseThrow();
            assertThat(l.mac()).isEqualTo(g.mac());
            assertThat(l.state()).isEqualTo(g.state());
            assertThat(l.name()).isEqualTo(g.name());
        }
        assertThat(directory.find("01112-98")).isEmpty();
    }

    @Test
    void everyZipCodeOfTheZip5FileMapsToItsLocalityAndPlusFourFlag() {
        BundledLocalityDirectory directory = new BundledLocalityDirectory();
        List<CmsFiles.Zip> zips = CmsFiles.zips();
        assertThat(zips).hasSize(42_956);
        assertThat(directory.zipCodeCount()).isEqualTo(42_956);
        for (CmsFiles.Zip z : zips) {
            ZipCodeLocality found = directory.forZipCode(z.zipCode()).orElseThrow(() -> new AssertionError(z.zipCode()));
            assertThat(found.locality().id()).as(z.zipCode()).isEqualTo(z.localityId());
            assertThat(found.plusFourDependent()).as(z.zipCode()).isEqualTo(z.plusFour());
        }
        Set<String> known = zips.stream().map(CmsFiles.Zip::zipCode).collect(Collectors.toSet());
        for (int zip = 0; zip < 100_000; zip += 7) {
            String code = String.format("%05d", zip);
            assertThat(directory.forZipCode(code).isPresent()).as(code).isEqualTo(known.contains(code));
        }
        assertThat(directory.forZipCode("1001")).isEmpty();
        assertThat(directory.forZipCode("1001a")).isEmpty();
        assertThat(directory.zipCodeSource()).contains("ZIP5").contains("20261");
    }

    @Test
    void theZipTableIsReadOnlyWhenAZipCodeIsAskedFor() {
        BundledLocalityDirectory directory = new BundledLocalityDirectory();
        directory.find("13202-01");
        directory.all();
        assertThat(directory.zipCodesLoaded()).as("localities alone do not load the ZIP table").isFalse();
        directory.forZipCode("10016");
        assertThat(directory.zipCodesLoaded()).isTrue();
    }
}
