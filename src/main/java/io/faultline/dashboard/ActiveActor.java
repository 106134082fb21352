package io.faultline.dashboard;

record ActiveActor(long id, String label, String name, String colour, long events, long fatalities) {

}
