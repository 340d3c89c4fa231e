/**
 * The published language: value types of agreements that validate themselves. A partner's client
 * library builds on this kernel, so it depends only on the JDK, Jackson and the JSON Schema validator.
 */
package org.cooperation.agreement.api;
