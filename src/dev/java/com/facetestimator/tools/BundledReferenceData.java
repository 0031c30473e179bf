package com.facetestimator.tools;

import com.facetestimator.domain.coding.BilateralStyle;
import com.facetestimator.domain.coding.BillingConventions;
import com.facetestimator.domain.coding.SiteOfService;
import com.facetestimator.domain.facility.FacilityProfile;
import com.facetestimator.domain.pricing.ContractFeeRow;
import com.facetestimator.domain.pricing.CostSharingTerms;
import com.facetestimator.domain.pricing.FeeBasis;
import com.facetestimator.domain.pricing.FeeSchedule;
import com.facetestimator.domain.pricing.FeeScheduleSource;
import com.facetestimator.domain.pricing.PayerProfile;
import com.facetestimator.domain.pricing.PayerType;
import com.facetestimator.tools.cms.AscAddendumAAParser;
import com.facetestimator.tools.cms.ContractFeeFileParser;
import com.facetestimator.tools.cms.FeeFileFormatException;
import com.facetestimator.tools.cms.GpciFileParser;
import com.facetestimator.tools.cms.ImportPeriod;
import com.facetestimator.tools.cms.MueFileParser;
import com.facetestimator.tools.cms.OppsAddendumBParser;
import com.facetestimator.tools.cms.RelativeValueFileParser;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data bundled in the jar: the payer profiles of {@code reference/payers.json} and
 * each payer's fee schedule, built by the importers from the files that
 * {@code reference/fee-files.json} lists (the CMS excerpts under {@code reference/cms/} and the
 * sample contract under {@code reference/contracts/}).
 *
 * <p>Every payer has a schedule, empty for payers that price as a percentage of another. It is a
 * {@link FeeScheduleSource}, so tests and the local server can price without a database; the store
 * can use {@link #payers()} and {@link #schedules()} to seed its tables. Loading parses every file:
 * do it once and keep the result.
 */
public final class BundledReferenceData implements FeeScheduleSource {
    public static final String PAYERS_RESOURCE = "reference/payers.json";
    public static final String FEE_FILES_RESOURCE = "reference/fee-files.json";
    public static final String FACILITIES_RESOURCE = "reference/facilities.json";

    private final List<PayerProfile> payers;
    private final Map<String, FeeSchedule> schedules;
    private final List<FacilityProfile> facilities;

    private BundledReferenceData(List<PayerProfile> payers, Map<String, FeeSchedule> schedules, List<FacilityProfile> facilities) {
        this.payers = List.copyOf(payers);
        this.schedules = Map.copyOf(schedules);
        this.facilities = List.copyOf(facilities);
    }

    /**
     * Reads and checks every bundled resource.
     *
     * @throws IllegalStateException naming the resource (and line) when bundled data is missing or malformed
     */
    public static BundledReferenceData load() {
        ObjectMapper json = new ObjectMapper();
        PayersJson payersJson = read(PAYERS_RESOURCE, in -> json.readValue(in, PayersJson.class));
        FeeFilesJson feeFiles = read(FEE_FILES_RESOURCE, in -> json.readValue(in, FeeFilesJson.class));

        Map<String, PayerProfile> profiles = new LinkedHashMap<>();
        for (PayerJson p : payersJson.payers()) {
            if (profiles.put(p.payerId(), p.toProfile()) != null) {
                throw new IllegalStateException(PAYERS_RESOURCE + ": payer " + p.payerId() + " is listed twice");
            }
        }
        for (PayerProfile profile : profiles.values()) {
            if (profile.feeBasis() instanceof FeeBasis.PercentOf percentOf && !profiles.containsKey(percentOf.basePayerId())) {
                throw new IllegalStateException(PAYERS_RESOURCE + ": payer " + profile.payerId()
                        + " is priced from unknown payer " + percentOf.basePayerId());
            }
        }

        Map<String, FeeSchedule.Builder> builders = new LinkedHashMap<>();
        profiles.keySet().forEach(id -> builders.put(id, FeeSchedule.builder(id)));
        for (FeeFileJson file : feeFiles.files()) {
            FeeSchedule.Builder builder = builders.get(file.payerId());
            if (builder == null) {
                throw new IllegalStateException(FEE_FILES_RESOURCE + ": " + file.resource() + " is for unknown payer " + file.payerId());
            }
            file.load(builder);
        }
        Map<String, FeeSchedule> schedules = new LinkedHashMap<>();
        builders.forEach((id, builder) -> {
            try {
                schedules.put(id, builder.build());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(FEE_FILES_RESOURCE + ": fee rows of payer " + id + ": " + e.getMessage(), e);
            }
        });
        return new BundledReferenceData(new ArrayList<>(profiles.values()), schedules, facilities(json));
    }

    private static List<FacilityProfile> facilities(ObjectMapper json) {
        FacilitiesJson file = read(FACILITIES_RESOURCE, in -> json.readValue(in, FacilitiesJson.class));
        Map<String, FacilityProfile> byId = new LinkedHashMap<>();
        for (FacilityJson f : file.facilities()) {
            FacilityProfile profile;
            try {
                profile = f.toProfile();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalStateException(FACILITIES_RESOURCE + ": facility " + f.facilityId() + ": " + e.getMessage(), e);
            }
            if (byId.put(profile.facilityId(), profile) != null) {
                throw new IllegalStateException(FACILITIES_RESOURCE + ": facility " + f.facilityId() + " is listed twice");
            }
        }
        return List.copyOf(byId.values());
    }

    /** The facility profiles of {@code reference/facilities.json}. */
    public List<FacilityProfile> facilities() {
        return facilities;
    }

    public List<PayerProfile> payers() {
        return payers;
    }

    public Optional<PayerProfile> payer(String payerId) {
        return payers.stream().filter(p -> p.payerId().equals(payerId)).findFirst();
    }

    /** Every payer's schedule by payer id (empty for percent-of payers). */
    public Map<String, FeeSchedule> schedules() {
        return schedules;
    }

    @Override
    public Optional<FeeSchedule> scheduleFor(String payerId) {
        return Optional.ofNullable(schedules.get(payerId));
    }

    // ---- resources ---------------------------------------------------------------------------

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String resource, Reader<T> reader) {
        try (InputStream in = BundledReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + resource + " is missing");
            }
            return reader.read(in);
        } catch (FeeFileFormatException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    // ---- JSON shapes -------------------------------------------------------------------------

    private record PayersJson(@JsonProperty("_comment") String comment, List<PayerJson> payers) {}

    private record PayerJson(String payerId, String name, PayerType type, boolean sample, BillingJson billing,
                             String frequencyPolicyId, FeeBasisJson feeBasis, List<CostSharingJson> costSharing, String note) {
        PayerProfile toProfile() {
            if (payerId == null || payerId.isBlank() || name == null || type == null || billing == null || feeBasis == null) {
                throw new IllegalStateException(PAYERS_RESOURCE + ": payer " + payerId
                        + " needs payerId, name, type, billing and feeBasis");
            }
            List<CostSharingTerms> terms = costSharing == null ? List.of() : costSharing.stream().map(CostSharingJson::toTerms).toList();
            return new PayerProfile(payerId, name, type, sample, billing.toConventions(), frequencyPolicyId,
                    feeBasis.toFeeBasis(payerId), terms, note);
        }
    }

    private record BillingJson(BilateralStyle professionalBilateral, BilateralStyle facilityBilateral,
                               Map<SiteOfService, BilateralStyle> facilityBilateralBySite, String coveragePolicyId) {
        BillingConventions toConventions() {
            return new BillingConventions(professionalBilateral, facilityBilateral, coveragePolicyId, facilityBilateralBySite);
        }
    }

    private record FeeBasisJson(String type, String basePayerId, BigDecimal percent) {
        FeeBasis toFeeBasis(String payerId) {
            if ("OWN_SCHEDULE".equals(type)) {
                return new FeeBasis.OwnSchedule();
            }
            if ("PERCENT_OF".equals(type) && basePayerId != null && percent != null && percent.signum() > 0) {
                return new FeeBasis.PercentOf(basePayerId, percent);
            }
            throw new IllegalStateException(PAYERS_RESOURCE + ": payer " + payerId
                    + ": feeBasis must be {type: OWN_SCHEDULE} or {type: PERCENT_OF, basePayerId, percent > 0}");
        }
    }

    private record CostSharingJson(String effectiveFrom, String effectiveTo, BigDecimal annualDeductible,
                                   BigDecimal coinsurancePercent, BigDecimal copay, BigDecimal perServiceCopayCap, String citation) {
        CostSharingTerms toTerms() {
            return new CostSharingTerms(LocalDate.parse(effectiveFrom), LocalDate.parse(effectiveTo), annualDeductible,
                    coinsurancePercent, copay, perServiceCopayCap, citation);
        }
    }

    private record FacilitiesJson(@JsonProperty("_comment") String comment, List<FacilityJson> facilities) {}

    private record FacilityJson(String facilityId, String name, SiteOfService siteOfService, boolean sample, String cbsa,
                                BigDecimal hospitalWageIndex, String npi, AddressJson address, String note) {
        FacilityProfile toProfile() {
            if (address == null) {
                throw new IllegalArgumentException("address is required");
            }
            return new FacilityProfile(facilityId, name, siteOfService, cbsa, hospitalWageIndex, npi,
                    new FacilityProfile.Address(address.line1(), address.city(), address.state(), address.zipCode()), sample, note);
        }
    }

    private record AddressJson(String line1, String city, String state, String zipCode) {}

    private record FeeFilesJson(@JsonProperty("_comment") String comment, List<FeeFileJson> files) {}

    private enum Format { PFS_RELATIVE_VALUES, GPCI, OPPS_ADDENDUM_B, ASC_ADDENDUM_AA, MUE, CONTRACT_FEES }

    private record FeeFileJson(String payerId, Format format, String resource, String effectiveFrom, String effectiveTo,
                               String workGpciFloorThrough, String source) {
        void load(FeeSchedule.Builder builder) {
            switch (format) {
                case PFS_RELATIVE_VALUES -> builder.relativeValues(
                        read(resource, in -> RelativeValueFileParser.parse(in, period(), source)));
                case GPCI -> builder.gpcis(read(resource, in -> GpciFileParser.parse(in, period(), source,
                        workGpciFloorThrough == null ? null : LocalDate.parse(workGpciFloorThrough))));
                case OPPS_ADDENDUM_B -> builder.oppsRates(
                        read(resource, in -> OppsAddendumBParser.parse(in, period(), source)));
                case ASC_ADDENDUM_AA -> builder.ascRates(
                        read(resource, in -> AscAddendumAAParser.parse(in, period(), source)));
                case MUE -> builder.mues(read(resource, in -> MueFileParser.parse(in, period(), source)));
                case CONTRACT_FEES -> {
                    List<ContractFeeRow> rows = read(resource, in -> ContractFeeFileParser.parse(in, source));
                    for (ContractFeeRow row : rows) {
                        if (!row.payerId().equals(payerId)) {
                            throw new IllegalStateException(resource + ": a row for payer " + row.payerId()
                                    + " in the contract of " + payerId);
                        }
                    }
                    builder.contractFees(rows);
                }
            }
        }

        private ImportPeriod period() {
            if (effectiveFrom == null || effectiveTo == null) {
                throw new IllegalStateException(FEE_FILES_RESOURCE + ": " + resource + " needs effectiveFrom and effectiveTo");
            }
            return new ImportPeriod(LocalDate.parse(effectiveFrom), LocalDate.parse(effectiveTo));
        }
    }
}
