package io.faultline.event;

/** Draft → in review → published → archived. Analysts see published records only. */
public enum ReviewStatus {

	DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED

}
