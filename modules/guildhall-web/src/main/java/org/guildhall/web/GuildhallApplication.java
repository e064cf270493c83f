package org.guildhall.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every page and the JSON API are JAX-RS resources; static assets are served by Undertow. */
@ApplicationPath("/")
public class GuildhallApplication extends Application {
}
