DROP FUNCTION b40_wg_name(bigint);
DROP TRIGGER measurement_latest ON measurement;
DROP FUNCTION b40_measurement_latest();
DROP TABLE measurement_latest, annual_report, measurement, indicator_target, indicator;
