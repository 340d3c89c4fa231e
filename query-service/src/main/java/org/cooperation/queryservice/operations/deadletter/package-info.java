/**
 * Dead letters for operators: list them, see one, publish its original record again.
 */
package org.cooperation.queryservice.operations.deadletter;
