package io.faultline.event;

import io.faultline.system.LocalizedName;

/**
 * An event type or sub-type as a choice; {@code parentCode} is the disorder type of an
 * event type, the event type of a sub-type.
 */
record EventTypeOption(String code, LocalizedName name, String parentCode) {

}
