package org.guildhall.notification;

import org.guildhall.network.Coded;

/** How a kind of notification reaches a person by mail; every kind is always shown in the app. */
public enum Delivery implements Coded {
    INSTANT, DAILY, WEEKLY, OFF
}
