/**
 * Deliberately broken classes, one per architecture rule, that {@code ArchitectureRulesBiteTest} feeds to the rules
 * to show that each one fails where it should. Test sources only: nothing here is part of the product.
 */
package com.roboplanet.soconnector.archfixture;
