package com.facetestimator.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The size a body takes inside Lambda's response payload, where it travels as a JSON string. */
class LambdaResponseSizeTest {
    @Test
    void quotesBackslashesAndControlsCountAsTheirEscapes() {
        assertThat(HttpApiResponses.escapedLength("abc")).isEqualTo(3);
        assertThat(HttpApiResponses.escapedLength("{\"a\":1}")).isEqualTo(9);
        assertThat(HttpApiResponses.escapedLength("a,b\r\nc\\d\t")).isEqualTo(13);
        assertThat(HttpApiResponses.escapedLength("\u0001")).isEqualTo(6);
        assertThat(HttpApiResponses.escapedLength("é€")).isEqualTo(5);
    }

    @Test
    void aBodyFitsWhenItsEscapedFormAndTheEnvelopeStayWithinSixMegabytes() {
        int room = HttpApiResponses.LAMBDA_RESPONSE_BYTES - 2_048;
        assertThat(HttpApiResponses.fitsLambdaResponse("x".repeat(room))).isTrue();
        assertThat(HttpApiResponses.fitsLambdaResponse("x".repeat(room + 1))).isFalse();
        // Half the characters quotes: the escaped form is half as long again.
        assertThat(HttpApiResponses.fitsLambdaResponse("\"x".repeat(room / 3))).isTrue();
        assertThat(HttpApiResponses.fitsLambdaResponse("\"x".repeat(room / 2))).isFalse();
    }
}
