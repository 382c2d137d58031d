/**
 * One site: the Director's configuration with the File Daemon and Storage Daemon
 * configurations its Client and Storage resources mean.
 */
package dev.bconf.site;
