package io.faultline.control;

import org.springframework.data.jpa.repository.JpaRepository;

interface ControlPeriodRepository extends JpaRepository<ControlPeriod, Long> {

}
