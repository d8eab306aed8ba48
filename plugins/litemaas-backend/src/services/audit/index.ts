export { audited, type AuditNote } from './audited';
export { RecordingAuditor, SYSTEM_AUDIT_ACTOR } from './RecordingAuditor';
export { AuditService } from './AuditService';
