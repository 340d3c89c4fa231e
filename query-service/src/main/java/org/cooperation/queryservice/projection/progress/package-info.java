/**
 * Read your writes: how far the projection has got per agreement, and the wait of a reader who asks
 * for at least a version it was given by the command side.
 */
package org.cooperation.queryservice.projection.progress;
