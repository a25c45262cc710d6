DROP FUNCTION b40_wg_name(bigint);
DROP TABLE annual_report, measurement, indicator_target, indicator;
