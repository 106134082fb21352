package io.faultline.source;

import java.util.List;

/**
 * What a source's page shows, read in one transaction ({@link SourceService#view}).
 *
 * @param source the source, with how many claims it made
 * @param claims its latest claims on published events, newest event first
 */
record SourceView(SourceRow source, List<SourceClaim> claims) {

}
