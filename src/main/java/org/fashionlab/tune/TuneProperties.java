package org.fashionlab.tune;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxTrials largest grid (number of combinations) a study may have
 */
@Validated
@ConfigurationProperties("fashionlab.tune")
public record TuneProperties(@DefaultValue("64") @Min(1) @Max(1000) int maxTrials) {}
