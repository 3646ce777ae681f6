// Salesforce's REST error: answered as `[{ "message", "errorCode" }]` with an HTTP status.
export class SalesforceError extends Error {
  readonly status: number;
  readonly errorCode: string;
  readonly fields: string[] | undefined;
  constructor(status: number, errorCode: string, message: string, fields?: string[]) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
    this.fields = fields;
  }

  toBody(): { message: string; errorCode: string; fields?: string[] }[] {
    return [{ message: this.message, errorCode: this.errorCode, ...(this.fields ? { fields: this.fields } : {}) }];
  }
}

/** The "\n<statement>\n   ^\nERROR at Row:1:Column:N\n<reason>" shape of SOQL/SOSL parse errors. */
export function statementError(status: number, errorCode: string, statement: string, offset: number, reason: string): SalesforceError {
  const oneLine = statement.replace(/\r?\n/g, ' ');
  const column = Math.max(1, Math.min(offset + 1, oneLine.length + 1));
  return new SalesforceError(status, errorCode, `\n${oneLine}\n${' '.repeat(column - 1)}^\nERROR at Row:1:Column:${column}\n${reason}`);
}

export const notFound = () => new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');

export const invalidType = (statement: string, offset: number, type: string) =>
  statementError(400, 'INVALID_TYPE', statement, offset,
    `sObject type '${type}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`);

export const invalidField = (statement: string, offset: number, field: string, type: string) =>
  statementError(400, 'INVALID_FIELD', statement, offset,
    `No such column '${field}' on entity '${type}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);
