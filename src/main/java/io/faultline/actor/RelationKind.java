package io.faultline.actor;

/** How one actor stands to another over a span of time: subject, kind, object. */
public enum RelationKind {

	MEMBER_OF, RENAMED_TO, SUCCEEDED_BY, MERGED_INTO, SPLIT_FROM, ALLIED_WITH, CONTRACTED_BY

}
