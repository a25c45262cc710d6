ALTER TABLE implementation_update DROP CONSTRAINT implementation_update_status_check;
DROP FUNCTION b40_city_active(bigint);
