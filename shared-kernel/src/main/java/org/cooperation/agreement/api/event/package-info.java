/**
 * The events, one record each under the sealed {@link org.cooperation.agreement.api.event.AgreementEvent},
 * each with its {@link org.cooperation.agreement.api.event.EventVersion}. Their names are stored data.
 */
package org.cooperation.agreement.api.event;
