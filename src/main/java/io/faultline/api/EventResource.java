package io.faultline.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.faultline.event.EventDetails;
import io.faultline.source.ClaimView;

/** An event with its participants (sides A and B) and every claim about it. */
public record EventResource(@JsonUnwrapped EventDetails event, List<ClaimView> claims) {

}
