DROP FUNCTION b40_city_active(bigint);
