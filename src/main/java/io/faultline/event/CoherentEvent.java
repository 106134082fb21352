package io.faultline.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The fields of an event form agree with each other: the end is not before the start, low
 * ≤ best ≤ high, side A has an actor, no actor takes part twice. Each problem is reported
 * on the field to fix.
 */
@Documented
@Constraint(validatedBy = CoherentEventValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface CoherentEvent {

	String message() default "{editor.event.incoherent}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
