/**
 * The JSON API under {@code /api/v1}: read endpoints for events (the timeline's filters,
 * keyset pagination), places, actors, claims and control; write endpoints for editors;
 * personal API tokens as bearer tokens; RFC 9457 problem details; ETags; the OpenAPI
 * document.
 */
package io.faultline.api;
