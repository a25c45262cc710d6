DROP TRIGGER session_live ON session;
DROP FUNCTION b40_live_session_end();
DROP TRIGGER audit_event_live ON audit_event;
DROP FUNCTION b40_live_item();
DROP TRIGGER notification_live ON notification;
DROP FUNCTION b40_live_notification();
