package io.faultline.control;

public enum ControlStatus {

	CONTROLLED, CONTESTED, BESIEGED

}
