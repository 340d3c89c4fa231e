/**
 * Operating: what operators do with the projection, over HTTP. Uses the projection; nothing uses it.
 */
package org.cooperation.queryservice.operations;
