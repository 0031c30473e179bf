/**
 * The estimator's pure domain: coding, frequency limits, pricing and the use cases, with no AWS,
 * JSON or I/O. Commands arrive valid (the edge decodes and checks them); each constructor guards
 * its invariants with {@link java.lang.IllegalArgumentException}.
 *
 * <h2>Glossary: class names and the billing terms they stand for</h2>
 * <dl>
 *   <dt>{@code estimate.Appointment}</dt>
 *   <dd>A scheduled encounter: the payer, the patient (PHI, optional), the patient's remaining
 *       benefits and whether an ABN (Advance Beneficiary Notice) is signed.</dd>
 *   <dt>{@code coding.ProcedureRequest}</dt>
 *   <dd>The service as ordered: site of service (office, ASC, HOPD = hospital outpatient
 *       department), date of service, procedure, purpose, facet levels, laterality, image
 *       guidance, Medicare payment locality and ICD-10-CM diagnoses.</dd>
 *   <dt>{@code coding.FacetLevel}, {@code coding.SpinalRegion}</dt>
 *   <dd>A facet joint level (L4-L5) and the spinal region of a session, which picks the CPT
 *       code family and the frequency limit.</dd>
 *   <dt>{@code coding.CodingEngine}, {@code coding.CodeFamilyTable}</dt>
 *   <dd>CPT code selection: primary and add-on codes (64490-64495 injections, 0213T-0218T
 *       ultrasound-guided, 64633-64636 radiofrequency ablation), units and modifiers (50, RT/LT,
 *       KX, GA/GZ).</dd>
 *   <dt>{@code coding.Claim}, {@code coding.ClaimLine}, {@code coding.ClaimType}</dt>
 *   <dd>The professional claim (CMS-1500 / 837P) and the facility claim (UB-04 / 837I), and
 *       their service lines.</dd>
 *   <dt>{@code coding.CoveragePolicy}, {@code coding.CoverageDetermination}</dt>
 *   <dd>The Medicare LCD (Local Coverage Determination) and its billing article, by MAC
 *       (Medicare Administrative Contractor); what it decides: covered, prior authorization
 *       required, ABN advised.</dd>
 *   <dt>{@code frequency.FrequencyPolicy}, {@code frequency.FrequencyCounter},
 *       {@code frequency.FrequencyVerdict}</dt>
 *   <dd>The LCD's frequency limits (sessions per region in a rolling window, counted separately
 *       for diagnostic blocks, therapeutic injections and RFA) and one service's verdict.</dd>
 *   <dt>{@code frequency.RecordedSession}, {@code frequency.PatientLedger}</dt>
 *   <dd>The patient's facet service history as the practice records it.</dd>
 *   <dt>{@code pricing.FeeSchedule}, {@code pricing.RelativeValueRow}, {@code pricing.GpciRow}</dt>
 *   <dd>The Medicare Physician Fee Schedule: RVUs × GPCIs × conversion factor, by locality.</dd>
 *   <dt>{@code pricing.OppsRateRow}, {@code pricing.AscRateRow}, {@code pricing.WageIndex}</dt>
 *   <dd>Facility payment: OPPS Addendum B (status indicator, APC rate), ASC Addendum AA
 *       (payment indicator), adjusted by the CBSA wage index.</dd>
 *   <dt>{@code pricing.ContractFeeRow}, {@code pricing.PayerProfile}</dt>
 *   <dd>A commercial payer's contracted fee schedule, and the payer's setup: billing
 *       conventions, fee basis (own schedule or a percent of another), cost-sharing terms.</dd>
 *   <dt>{@code pricing.MueRow}</dt>
 *   <dd>A Medically Unlikely Edit: the most units of a code payable per day.</dd>
 *   <dt>{@code pricing.PricingResult}, {@code pricing.CostSharing}</dt>
 *   <dd>The allowed amount, what the payer pays and what the patient pays (deductible,
 *       coinsurance, copay, out-of-pocket maximum), and the provider's liability for a
 *       non-covered service without an ABN (GZ).</dd>
 *   <dt>{@code estimate.EstimateService}, {@code estimate.RevenueForecast},
 *       {@code estimate.SessionBookings}</dt>
 *   <dd>The use cases: a patient cost estimate (with a site comparison), a practice's expected
 *       revenue and the appointments at risk, and booking sessions against the frequency limit.</dd>
 * </dl>
 */
package com.facetestimator.domain;
