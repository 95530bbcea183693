/** The composition root: configuration into one injector, picocli run through it, failures into exit codes. */
package com.roboplanet.soconnector.app;
